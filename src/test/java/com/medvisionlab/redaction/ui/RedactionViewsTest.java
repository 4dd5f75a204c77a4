package com.medvisionlab.redaction.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.BundleTranslations;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.redaction.ConfirmationState;
import com.medvisionlab.redaction.QuarantineState;
import com.medvisionlab.redaction.QuarantinedObject;
import com.medvisionlab.redaction.RedactedImage;
import com.medvisionlab.redaction.RedactionBox;
import com.medvisionlab.redaction.RedactionReview;
import com.medvisionlab.redaction.ReviewImage;
import com.medvisionlab.redaction.ReviewMessage;
import com.medvisionlab.redaction.ReviewOutcome;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactionViewsTest extends ViewTest {

    static final String SOP = "1.2.3.4.5";
    static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    final RedactionReview review = mock(RedactionReview.class);
    final AuthenticationContext authentication = mock(AuthenticationContext.class);
    final ReviewImage image = mock(ReviewImage.class);

    @BeforeEach
    void signedIn() {
        when(authentication.getPrincipalName()).thenReturn(Optional.of("ann"));
        when(image.frames()).thenReturn(3);
        when(image.width()).thenReturn(320);
        when(image.height()).thenReturn(240);
        when(image.png(anyInt())).thenReturn(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void the_quarantine_list_gives_reasons_in_the_readers_language_and_filters_them() {
        when(review.pending())
                .thenReturn(List.of(
                        quarantined(SOP, "redaction.verify.undecodable"),
                        quarantined("1.2.3.9", "redaction.verify.no-pixels")));

        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new QuarantineListView(review));

        var grid = test(find(Grid.class, view).withId("quarantine-grid").single());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo(chinese("redaction.verify.undecodable"));
        test(find(TextField.class, view).withId("quarantine-search").single()).setValue("1.2.3.9");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 2)).isEqualTo("1.2.3.9");
    }

    @Test
    void the_review_shows_the_report_and_a_refused_release_says_why_with_the_drawn_boxes_sent() {
        when(review.quarantined(SOP)).thenReturn(Optional.of(quarantined(SOP, "redaction.verify.undecodable")));
        when(review.quarantinedImage(SOP)).thenReturn(image);
        var box = new RedactionBox(10, 12, 100, 20);
        when(review.release(SOP, List.of(box), "ann"))
                .thenReturn(new ReviewOutcome.Refused(
                        List.of(ReviewMessage.of("redaction.verify.text-left", 1, 150, 30, 40, 12))));
        var view = show(SupportedLanguage.ENGLISH, () -> new ReviewView(review, authentication));
        view.show(ReviewView.Kind.QUARANTINE, SOP);

        var report = find(UnorderedList.class, view).withId("review-report").single();
        assertThat(report.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly(english("redaction.verify.undecodable"));
        assertThat(find(Select.class, view).withId("frame-select").single().getValue())
                .isEqualTo(0);
        var editor =
                find(RedactionEditor.class, view).withId("redaction-editor").single();
        assertThat(editor.getElement().getProperty("imageWidth", 0)).isEqualTo(320);
        assertThat(editor.getElement().getAttribute("src")).isNotBlank();
        drawInBrowser(editor, "[{\"x\":10,\"y\":12,\"width\":100,\"height\":20}]");

        test(find(Button.class, view).withId("release").single()).click();

        verify(review).release(SOP, List.of(box), "ann");
        var problems = find(UnorderedList.class, view).withId("review-problems").single();
        assertThat(problems.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Text is still visible on frame 1 at 150,30 (40x12 pixels): draw a box over it.");
    }

    @Test
    void an_automatically_redacted_image_is_shown_with_its_areas_outlined_and_can_only_gain_boxes() {
        when(review.redacted(SOP))
                .thenReturn(Optional.of(new RedactedImage(
                        "1.2.3",
                        "1.2.3.1",
                        SOP,
                        List.of("pixels redacted 9,10 180x24 detected"),
                        List.of(),
                        AT,
                        ConfirmationState.UNCONFIRMED,
                        Optional.empty())));
        when(review.storedImage(SOP)).thenReturn(image);
        when(review.confirm(any(), any(), any())).thenReturn(new ReviewOutcome.Done(List.of()));
        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new ReviewView(review, authentication));
        view.show(ReviewView.Kind.CONFIRMATION, SOP);

        var editor =
                find(RedactionEditor.class, view).withId("redaction-editor").single();
        assertThat(editor.getElement().getProperty("fixedBoxes"))
                .isEqualTo("[{\"x\":9,\"y\":10,\"width\":180,\"height\":24}]");
        assertThat(find(Paragraph.class, view).all())
                .extracting(Paragraph::getText)
                .contains(chinese("review.no-restore"));

        test(find(Button.class, view).withId("confirm").single()).click();

        verify(review).confirm(SOP, List.of(), "ann");
        verify(review, never()).release(any(), any(), any());
    }

    @Test
    void the_editor_round_trips_boxes_and_drops_what_lies_outside_the_image() {
        var editor = new RedactionEditor();
        editor.setImage(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(request -> null), 100, 50);

        editor.setBoxes(List.of(new RedactionBox(1, 2, 3, 4)));
        assertThat(editor.getElement().getProperty("boxes")).isEqualTo("[{\"x\":1,\"y\":2,\"width\":3,\"height\":4}]");
        assertThat(editor.getBoxes()).containsExactly(new RedactionBox(1, 2, 3, 4));

        List<List<RedactionBox>> heard = new java.util.ArrayList<>();
        editor.addBoxesChangedListener(event -> heard.add(event.boxes()));
        drawInBrowser(
                editor,
                "[{\"x\":90,\"y\":40,\"width\":30,\"height\":30},{\"x\":200,\"y\":0,\"width\":5,\"height\":5},"
                        + "{\"x\":-1,\"y\":0,\"width\":5,\"height\":5}]");

        assertThat(editor.getBoxes()).containsExactly(new RedactionBox(90, 40, 10, 10));
        assertThat(heard).containsExactly(List.of(new RedactionBox(90, 40, 10, 10)));
        drawInBrowser(editor, "not json");
        assertThat(editor.getBoxes()).isEmpty();
    }

    private static void drawInBrowser(RedactionEditor editor, String json) {
        ComponentUtil.fireEvent(editor, new RedactionEditor.BoxesChangedEvent(editor, true, json));
    }

    private static QuarantinedObject quarantined(String sop, String reason) {
        return new QuarantinedObject(
                "1.2.3",
                "1.2.3.1",
                sop,
                List.of(reason),
                "uploader",
                AT,
                QuarantineState.PENDING,
                List.of(),
                Optional.empty());
    }

    private static String chinese(String key) {
        return new BundleTranslations().getTranslation(key, SupportedLanguage.SIMPLIFIED_CHINESE.locale());
    }

    private static String english(String key) {
        return new BundleTranslations().getTranslation(key, SupportedLanguage.ENGLISH.locale());
    }
}
