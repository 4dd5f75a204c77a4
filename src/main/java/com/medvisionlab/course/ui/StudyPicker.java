package com.medvisionlab.course.ui;

import com.medvisionlab.imaging.DateRange;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedStudy;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.StudyQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Finds studies of the imaging index by description, modality and date, and links the chosen one. */
final class StudyPicker extends VerticalLayout {

    static final int SHOWN = 50;

    private final ImagingIndex index;
    private final TextField description = new TextField();
    private final TextField modality = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<IndexedStudy> grid = new Grid<>();

    StudyPicker(ImagingIndex index, Consumer<String> onLink) {
        this.index = index;
        setPadding(false);
        description.setLabel(getTranslation("study-picker.description"));
        description.setId("study-search");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        modality.setLabel(getTranslation("study-picker.modality"));
        modality.setId("study-modality");
        modality.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("study-picker.from"));
        to.setLabel(getTranslation("study-picker.to"));
        List.of(description, modality).forEach(field -> field.addValueChangeListener(change -> refresh()));
        List.of(from, to).forEach(field -> field.addValueChangeListener(change -> refresh()));
        grid.setId("studies-grid");
        grid.addColumn(s -> s.attributes().studyDescription().orElse(""))
                .setHeader(getTranslation("study-picker.description"));
        grid.addColumn(s -> String.join(", ", s.modalitiesInStudy()))
                .setHeader(getTranslation("study-picker.modality"));
        grid.addColumn(s -> s.attributes().studyDate().map(Object::toString).orElse(""))
                .setHeader(getTranslation("study-picker.date"));
        grid.addColumn(IndexedStudy::numberOfSeries).setHeader(getTranslation("study-picker.series"));
        grid.addColumn(IndexedStudy::numberOfInstances).setHeader(getTranslation("study-picker.images"));
        grid.addComponentColumn(study -> {
            var uid = study.attributes().studyInstanceUid();
            var link = new Button(getTranslation("study-picker.link"), click -> onLink.accept(uid));
            link.setId("link-study-" + uid.replace('.', '-'));
            link.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return link;
        });
        grid.setAllRowsVisible(true);
        var filters = new HorizontalLayout(description, modality, from, to);
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        var query = StudyQuery.builder(Page.first(SHOWN));
        if (!description.getValue().isBlank()) {
            query.studyDescription("*" + description.getValue().strip() + "*");
        }
        if (!modality.getValue().isBlank()) {
            query.modalitiesInStudy(List.of(modality.getValue().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        if (from.getValue() != null || to.getValue() != null) {
            if (from.getValue() != null
                    && to.getValue() != null
                    && from.getValue().isAfter(to.getValue())) {
                grid.setItems(List.of());
                return;
            }
            query.studyDate(new DateRange(Optional.ofNullable(from.getValue()), Optional.ofNullable(to.getValue())));
        }
        grid.setItems(index.findStudies(query.build()).items());
    }
}
