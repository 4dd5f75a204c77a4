package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseText;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.course.PatientSex;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.SeriesQuery;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every field of a case, the study picker, a sanitised preview of the Markdown, publication (with the redaction
 * review's answer) and the demo flag.
 */
@Route("authoring/case")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class CaseEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseService cases;
    private final ImagingIndex index;
    private long caseId;
    private @Nullable String studyUid;
    private final TextField title = new TextField();
    private final TextArea history = new TextArea();
    private final TextField age = new TextField();
    private final Select<PatientSex> sex = new Select<>();
    private final Span linkedStudy = new Span();
    private final CheckboxGroup<IndexedSeries> series = new CheckboxGroup<>();
    private final TextArea keyImages = new TextArea();
    private final TextArea findings = new TextArea();
    private final TextArea impression = new TextArea();
    private final TextField diagnosis = new TextField();
    private final TextArea teachingPoints = new TextArea();
    private final Select<Difficulty> difficulty = new Select<>();
    private final TextField tags = new TextField();
    private final TextArea questions = new TextArea();
    private final Div preview = new Div();
    private final Span state = new Span();
    private final Button publication = new Button();
    private final Checkbox demo = new Checkbox();

    CaseEditorView(CaseService cases, ImagingIndex index) {
        this.cases = cases;
        this.index = index;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        caseId = parameter;
        removeAll();
        var found = Notices.attempt(this, () -> cases.caseForEditing(caseId));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var heading = new H2(getTranslation("case.heading"));
        heading.setId("case-heading");
        var back = new Button(
                getTranslation("case.back"),
                click -> getUI().ifPresent(ui ->
                        ui.navigate(CaseSetEditorView.class, found.get().caseSetId())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, back, publicationRow(), fields(), imagesSection(), reference(), previewSection(), saveButton());
        show(found.get());
    }

    private VerticalLayout fields() {
        title.setLabel(getTranslation("case.title"));
        title.setId("case-title");
        title.setWidthFull();
        history.setLabel(getTranslation("case.clinical-history"));
        history.setId("clinical-history");
        history.setHelperText(getTranslation("case.markdown-help"));
        history.setWidthFull();
        age.setLabel(getTranslation("case.patient-age"));
        age.setId("patient-age");
        age.setHelperText(getTranslation("case.patient-age.help"));
        sex.setLabel(getTranslation("case.patient-sex"));
        sex.setId("patient-sex");
        sex.setEmptySelectionAllowed(true);
        sex.setItems(PatientSex.values());
        sex.setItemLabelGenerator(value ->
                value == null ? getTranslation("case.patient-sex.unknown") : getTranslation("sex." + value.name()));
        difficulty.setLabel(getTranslation("case.difficulty"));
        difficulty.setId("difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(value -> getTranslation("difficulty." + value.name()));
        tags.setLabel(getTranslation("case.tags"));
        tags.setId("tags");
        tags.setHelperText(getTranslation("case.tags.help"));
        questions.setLabel(getTranslation("case.questions"));
        questions.setId("questions");
        questions.setHelperText(getTranslation("case.one-per-line"));
        questions.setWidthFull();
        var box = new VerticalLayout(title, history, new HorizontalLayout(age, sex, difficulty), tags, questions);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout imagesSection() {
        linkedStudy.setId("linked-study");
        var picker = new StudyPicker(index, this::linkStudy);
        series.setLabel(getTranslation("case.series"));
        series.setId("series-choice");
        series.setItemLabelGenerator(this::seriesLabel);
        keyImages.setLabel(getTranslation("case.key-images"));
        keyImages.setId("key-images");
        keyImages.setHelperText(getTranslation("case.key-images.help"));
        keyImages.setWidthFull();
        var box = new VerticalLayout(
                new H3(getTranslation("case.images")),
                new HorizontalLayout(new Span(getTranslation("case.linked-study")), linkedStudy),
                picker,
                series,
                keyImages);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout reference() {
        findings.setLabel(getTranslation("case.findings"));
        findings.setId("findings");
        findings.setHelperText(getTranslation("case.findings.help"));
        findings.setWidthFull();
        impression.setLabel(getTranslation("case.impression"));
        impression.setId("impression");
        impression.setWidthFull();
        diagnosis.setLabel(getTranslation("case.diagnosis"));
        diagnosis.setId("diagnosis");
        diagnosis.setWidthFull();
        teachingPoints.setLabel(getTranslation("case.teaching-points"));
        teachingPoints.setId("teaching-points");
        teachingPoints.setHelperText(getTranslation("case.markdown-help"));
        teachingPoints.setWidthFull();
        var box = new VerticalLayout(
                new H3(getTranslation("case.reference")), findings, impression, diagnosis, teachingPoints);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout previewSection() {
        preview.setId("preview");
        var show = new Button(getTranslation("case.preview"), click -> {
            preview.removeAll();
            preview.add(markdown(history.getValue()), markdown(teachingPoints.getValue()));
        });
        show.setId("show-preview");
        var box = new VerticalLayout(show, preview);
        box.setPadding(false);
        return box;
    }

    private Button saveButton() {
        var save = new Button(getTranslation("case.save"), click -> {
            if (Notices.attempt(this, () -> cases.updateCase(caseId, content()))) {
                Notices.done(this, "case.saved");
                show(cases.caseForEditing(caseId));
            }
        });
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    private HorizontalLayout publicationRow() {
        state.setId("case-state");
        publication.setId("case-publication");
        publication.addClickListener(click -> togglePublication());
        demo.setLabel(getTranslation("case.demo.label"));
        demo.setId("demo-flag");
        demo.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Notices.attempt(this, () -> cases.setDemo(caseId, change.getValue()));
            }
        });
        var row = new HorizontalLayout(state, publication, demo);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void togglePublication() {
        var current = cases.caseForEditing(caseId);
        if (current.published()) {
            Notices.attempt(this, () -> cases.unpublish(caseId));
        } else {
            // saves what is on screen first, so what is published is what the author sees
            if (Notices.attempt(this, () -> cases.updateCase(caseId, content()))) {
                Notices.attempt(this, () -> cases.publish(caseId)).ifPresent(result -> {
                    if (result.published()) {
                        Notices.done(this, result.messageKey());
                    } else {
                        Notices.refused(
                                this,
                                result.messageKey(),
                                result.unconfirmedInstances().size());
                    }
                });
            }
        }
        show(cases.caseForEditing(caseId));
    }

    private void linkStudy(String uid) {
        studyUid = uid;
        linkedStudy.setText(uid);
        showSeries(List.of());
        keyImages.clear();
    }

    private void showSeries(List<String> selected) {
        if (studyUid == null) {
            series.setItems(List.of());
            return;
        }
        var items = index.findSeries(SeriesQuery.builder(Page.first(Page.MAX_LIMIT))
                        .studyInstanceUids(List.of(studyUid))
                        .build())
                .items();
        series.setItems(items);
        series.setValue(new LinkedHashSet<>(items.stream()
                .filter(s -> selected.contains(s.attributes().seriesInstanceUid()))
                .toList()));
    }

    private String seriesLabel(IndexedSeries s) {
        var a = s.attributes();
        return String.join(
                " ",
                a.modality().orElse(""),
                a.seriesNumber().isPresent() ? "#" + a.seriesNumber().getAsInt() : "",
                a.seriesDescription().orElse(""),
                "(" + getTranslation("case.series.images", s.numberOfInstances()) + ")");
    }

    private CaseContent content() {
        return new CaseContent(
                title.getValue(),
                history.getValue(),
                age.getValue(),
                sex.getValue(),
                studyUid,
                series.getValue().stream()
                        .map(s -> s.attributes().seriesInstanceUid())
                        .sorted()
                        .toList(),
                FindingLines.lines(keyImages.getValue()),
                FindingLines.parse(findings.getValue()),
                impression.getValue(),
                diagnosis.getValue(),
                teachingPoints.getValue(),
                difficulty.getValue() == null ? Difficulty.INTRODUCTORY : difficulty.getValue(),
                Arrays.asList(tags.getValue().split(",")),
                FindingLines.lines(questions.getValue()));
    }

    private void show(CaseView view) {
        var c = view.content();
        title.setValue(c.title());
        history.setValue(c.clinicalHistory());
        age.setValue(c.patientAge() == null ? "" : c.patientAge());
        sex.setValue(c.patientSex());
        studyUid = c.studyInstanceUid();
        linkedStudy.setText(studyUid == null ? getTranslation("case.no-study") : studyUid);
        showSeries(c.seriesInstanceUids());
        keyImages.setValue(String.join("\n", c.keyImageUids()));
        findings.setValue(FindingLines.format(c.findings()));
        impression.setValue(c.impression());
        diagnosis.setValue(c.diagnosis());
        teachingPoints.setValue(c.teachingPoints());
        difficulty.setValue(c.difficulty());
        tags.setValue(String.join(", ", c.tags()));
        questions.setValue(String.join("\n", c.suggestedQuestions()));
        state.setText(getTranslation("state." + view.state().name()));
        publication.setText(
                getTranslation(view.state() == PublicationState.PUBLISHED ? "case.unpublish" : "case.publish"));
        demo.setValue(view.demo());
    }

    /** Sanitised Markdown as a component. */
    static Html markdown(String text) {
        return new Html("<div class=\"case-text\">" + CaseText.toSafeHtml(text) + "</div>");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.heading");
    }
}
