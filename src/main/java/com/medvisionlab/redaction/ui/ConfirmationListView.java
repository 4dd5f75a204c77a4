package com.medvisionlab.redaction.ui;

import com.medvisionlab.redaction.RedactedImage;
import com.medvisionlab.redaction.RedactionReview;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Stored images whose pixels had text blanked automatically; a case showing one waits for their confirmation. */
@Route(ConfirmationListView.ROUTE)
@Menu(order = 42, title = "nav.confirmations", icon = "vaadin:check-square-o")
@RolesAllowed(Permission.Names.DEIDENTIFY)
final class ConfirmationListView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "redaction/confirmations";

    ConfirmationListView(RedactionReview review) {
        var grid = new Grid<RedactedImage>();
        grid.setId("confirmation-grid");
        grid.addColumn(i -> String.valueOf(i.areaBoxes().size())).setHeader(getTranslation("confirmations.areas"));
        grid.addColumn(RedactedImage::studyInstanceUid).setHeader(getTranslation("redaction.study"));
        grid.addColumn(RedactedImage::sopInstanceUid).setHeader(getTranslation("redaction.instance"));
        grid.addColumn(i -> i.recordedAt().toString()).setHeader(getTranslation("confirmations.recorded"));
        grid.addComponentColumn(this::reviewButton).setHeader(getTranslation("redaction.actions"));
        grid.setItems(review.awaitingConfirmation());
        add(
                new H2(getTranslation("confirmations.heading")),
                new Paragraph(getTranslation("confirmations.explained")),
                grid);
    }

    private Button reviewButton(RedactedImage image) {
        var button = new Button(
                getTranslation("redaction.review"),
                click -> ReviewView.open(ReviewView.Kind.CONFIRMATION, image.sopInstanceUid()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirmations.heading");
    }
}
