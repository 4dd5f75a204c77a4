package com.medvisionlab.redaction.ui;

import com.medvisionlab.redaction.QuarantinedObject;
import com.medvisionlab.redaction.RedactionReview;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Objects held back at ingest, with why, in the reader's language; a filter matches reasons and UIDs. Reviewing one
 * opens the {@link ReviewView}. Releasing is a de-identification decision, hence {@code DEIDENTIFY}.
 */
@Route(QuarantineListView.ROUTE)
@Menu(order = 41, title = "nav.quarantine", icon = "vaadin:warning")
@RolesAllowed(Permission.Names.DEIDENTIFY)
final class QuarantineListView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "quarantine";

    private final Grid<QuarantinedObject> grid = new Grid<>();
    private final List<QuarantinedObject> pending;

    QuarantineListView(RedactionReview review) {
        this.pending = review.pending();
        var heading = new H2(getTranslation("quarantine.heading"));
        var search = new TextField();
        search.setId("quarantine-search");
        search.setPlaceholder(getTranslation("quarantine.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter(change.getValue()));
        grid.setId("quarantine-grid");
        grid.addColumn(this::reasons)
                .setHeader(getTranslation("quarantine.reasons"))
                .setFlexGrow(3);
        grid.addColumn(QuarantinedObject::studyInstanceUid).setHeader(getTranslation("redaction.study"));
        grid.addColumn(QuarantinedObject::sopInstanceUid).setHeader(getTranslation("redaction.instance"));
        grid.addColumn(QuarantinedObject::quarantinedBy).setHeader(getTranslation("quarantine.by"));
        grid.addColumn(o -> o.quarantinedAt().toString()).setHeader(getTranslation("quarantine.at"));
        grid.addComponentColumn(this::reviewButton).setHeader(getTranslation("redaction.actions"));
        add(heading, search, grid);
        filter("");
    }

    private String reasons(QuarantinedObject object) {
        return String.join(
                "; ",
                object.reasons().stream()
                        .map(key -> ReviewTexts.reason(this, key))
                        .toList());
    }

    private void filter(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        grid.setItems(pending.stream()
                .filter(o -> wanted.isEmpty()
                        || reasons(o).toLowerCase(Locale.ROOT).contains(wanted)
                        || o.studyInstanceUid().contains(wanted)
                        || o.sopInstanceUid().contains(wanted))
                .toList());
    }

    private Button reviewButton(QuarantinedObject object) {
        var button = new Button(
                getTranslation("redaction.review"),
                click -> ReviewView.open(ReviewView.Kind.QUARANTINE, object.sopInstanceUid()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quarantine.heading");
    }
}
