package com.medvisionlab.redaction.ui;

import com.medvisionlab.redaction.QuarantinedObject;
import com.medvisionlab.redaction.RedactedImage;
import com.medvisionlab.redaction.RedactionBox;
import com.medvisionlab.redaction.RedactionReview;
import com.medvisionlab.redaction.ReviewException;
import com.medvisionlab.redaction.ReviewImage;
import com.medvisionlab.redaction.ReviewOutcome;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One image under review: the rendered frame (served from memory, never written to disk) with the box editor, the
 * de-identification report (reasons, redacted areas), and the decision: release or discard a quarantined object,
 * confirm an automatically redacted one. Automatic boxes are outlined; they cannot be taken back (the pixels under
 * them are gone with the original), only boxes can be added.
 */
@Route("redaction/review")
@RolesAllowed(Permission.Names.DEIDENTIFY)
final class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** What is reviewed. */
    enum Kind {
        QUARANTINE,
        CONFIRMATION
    }

    private final RedactionReview review;
    private final String actor;
    private final RedactionEditor editor = new RedactionEditor();
    private final UnorderedList problems = new UnorderedList();

    ReviewView(RedactionReview review, AuthenticationContext authentication) {
        this.review = review;
        this.actor = authentication.getPrincipalName().orElse("unknown");
        editor.setId("redaction-editor");
        editor.setRemoveLabel(getTranslation("review.remove-box"));
        problems.setId("review-problems");
    }

    static void open(Kind kind, String sop) {
        UI.getCurrent()
                .navigate(
                        ReviewView.class,
                        QueryParameters.simple(
                                Map.of("kind", kind.name().toLowerCase(java.util.Locale.ROOT), "sop", sop)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Optional<String> sop = parameters.getSingleParameter("sop");
        Optional<Kind> kind = parameters.getSingleParameter("kind").flatMap(ReviewView::kind);
        if (sop.isEmpty() || kind.isEmpty()) {
            add(new Paragraph(getTranslation("redaction.error.unknown")));
            return;
        }
        show(kind.get(), sop.get());
    }

    private static Optional<Kind> kind(String text) {
        return switch (text) {
            case "quarantine" -> Optional.of(Kind.QUARANTINE);
            case "confirmation" -> Optional.of(Kind.CONFIRMATION);
            default -> Optional.empty();
        };
    }

    /** Builds the view for one object (what navigation does; tests call it directly). */
    void show(Kind kind, String sop) {
        removeAll();
        add(new H2(getTranslation(kind == Kind.QUARANTINE ? "review.heading.quarantine" : "review.heading.confirm")));
        try {
            switch (kind) {
                case QUARANTINE -> showQuarantined(review.quarantined(sop).orElseThrow(() -> unknown()));
                case CONFIRMATION -> showRedacted(review.redacted(sop).orElseThrow(() -> unknown()));
            }
        } catch (ReviewException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void showQuarantined(QuarantinedObject object) {
        add(new Paragraph(getTranslation("review.instance", object.sopInstanceUid())));
        add(report(
                "review.reasons",
                object.reasons().stream()
                        .map(key -> ReviewTexts.reason(this, key))
                        .toList()));
        add(new Paragraph(getTranslation("review.draw-help")));
        showImage(review.quarantinedImage(object.sopInstanceUid()));
        editor.setBoxes(object.boxes());
        var release = new Button(getTranslation("review.release"), click -> release(object.sopInstanceUid()));
        release.setId("release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard = new Button(getTranslation("review.discard"), click -> discard(object.sopInstanceUid()));
        discard.setId("discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(problems, new HorizontalLayout(release, discard));
    }

    private void showRedacted(RedactedImage image) {
        add(new Paragraph(getTranslation("review.instance", image.sopInstanceUid())));
        add(report("review.areas", image.redactedAreas()));
        add(new Paragraph(getTranslation("review.no-restore")));
        showImage(review.storedImage(image.sopInstanceUid()));
        editor.setFixedBoxes(image.areaBoxes());
        editor.setBoxes(List.of());
        var confirm = new Button(getTranslation("review.confirm"), click -> confirm(image.sopInstanceUid()));
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problems, confirm);
    }

    private VerticalLayout report(String headingKey, List<String> lines) {
        var list = new UnorderedList();
        list.setId("review-report");
        lines.forEach(line -> list.add(new ListItem(line)));
        if (lines.isEmpty()) {
            list.add(new ListItem(getTranslation("review.nothing-reported")));
        }
        var section = new VerticalLayout(new H3(getTranslation(headingKey)), list);
        section.setPadding(false);
        return section;
    }

    private void showImage(ReviewImage image) {
        if (image.frames() > 1) {
            var frame = new Select<Integer>();
            frame.setId("frame-select");
            frame.setLabel(getTranslation("review.frame"));
            frame.setItems(IntStream.range(0, image.frames()).boxed().toList());
            frame.setItemLabelGenerator(i -> getTranslation("review.frame-of", i + 1, image.frames()));
            frame.setValue(0);
            frame.addValueChangeListener(change -> showFrame(image, change.getValue()));
            add(frame);
        }
        showFrame(image, 0);
        add(editor);
    }

    private void showFrame(ReviewImage image, int index) {
        DownloadHandler png = DownloadHandler.fromInputStream(request -> {
            byte[] bytes = image.png(index);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "frame-" + (index + 1) + ".png", "image/png", bytes.length);
        });
        editor.setImage(png, image.width(), image.height());
    }

    private void release(String sop) {
        decide(() -> review.release(sop, editor.getBoxes(), actor), QuarantineListView.ROUTE, "review.released");
    }

    private void confirm(String sop) {
        decide(() -> review.confirm(sop, editor.getBoxes(), actor), ConfirmationListView.ROUTE, "review.confirmed");
    }

    private void discard(String sop) {
        try {
            review.discard(sop, actor);
            Notification.show(getTranslation("review.discarded"));
            UI.getCurrent().navigate(QuarantineListView.ROUTE);
        } catch (ReviewException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
    }

    private void decide(java.util.function.Supplier<ReviewOutcome> action, String back, String doneKey) {
        problems.removeAll();
        try {
            switch (action.get()) {
                case ReviewOutcome.Done done -> {
                    Notification.show(getTranslation(doneKey));
                    UI.getCurrent().navigate(back);
                }
                case ReviewOutcome.Refused refused -> {
                    Notification.show(getTranslation("review.refused"));
                    refused.reasons().forEach(r -> problems.add(new ListItem(ReviewTexts.message(this, r))));
                }
            }
        } catch (ReviewException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
    }

    private static ReviewException unknown() {
        return new ReviewException("redaction.error.unknown");
    }

    /** The boxes the editor holds now; for tests. */
    List<RedactionBox> editorBoxes() {
        return editor.getBoxes();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
