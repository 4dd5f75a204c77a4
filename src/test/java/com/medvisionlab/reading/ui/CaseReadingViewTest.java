package com.medvisionlab.reading.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseReading;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.reading.OpenedCase;
import com.medvisionlab.reading.ReadingRefusals;
import com.medvisionlab.reading.ReadingRole;
import com.medvisionlab.reading.ReadingService;
import com.medvisionlab.reading.SubmissionState;
import com.medvisionlab.reading.SubmissionView;
import com.medvisionlab.reading.SubmissionWindow;
import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerSeries;
import com.medvisionlab.viewer.ui.DicomViewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The case page per role: the viewer with the case's images, save and submit, and the instructor annotation notice. */
class CaseReadingViewTest extends ViewTest {

    private static final long CASE_ID = 9;
    private static final ViewerSeries SERIES = new ViewerSeries("1.2.3", "1.2.3.4");

    private final ReadingService reading = mock(ReadingService.class);

    private static ViewerAnnotation arrow(String label) {
        return new ViewerAnnotation(
                "id-" + label,
                ViewerAnnotation.Kind.ARROW,
                "1.2.3.4.5",
                1,
                List.of(new ViewerAnnotation.Point(1, 2), new ViewerAnnotation.Point(30, 40)),
                label,
                null);
    }

    private static OpenedCase opened(
            ReadingRole role,
            @Nullable SubmissionView submission,
            List<ViewerAnnotation> instructors,
            boolean withheld,
            List<ViewerAnnotation> own) {
        var content = CaseContent.titled("Incidental nodules").withStudy("1.2.3");
        var teachingCase = new CaseView(CASE_ID, 2, 0, content, PublicationState.PUBLISHED, false, Instant.EPOCH);
        var set = new CaseSetView(2, 1, 0, "Week 1", "", null, null, ReadingMode.OPEN, PublicationState.PUBLISHED, 1);
        var caseReading = new CaseReading(teachingCase, set, true, role == ReadingRole.STUDENT);
        return new OpenedCase(
                caseReading,
                List.of(SERIES),
                "1.2.3.4.5",
                role,
                submission,
                instructors,
                withheld,
                own,
                SubmissionWindow.OPEN);
    }

    private static SubmissionView submission(SubmissionState state) {
        return new SubmissionView(
                5, CASE_ID, state, Instant.EPOCH, state == SubmissionState.SUBMITTED ? Instant.EPOCH : null);
    }

    private CaseReadingView open(SupportedLanguage language, OpenedCase first, OpenedCase... later) {
        when(reading.open(CASE_ID))
                .thenReturn(
                        Optional.of(first),
                        java.util.Arrays.stream(later).map(Optional::of).toArray(Optional[]::new));
        var view = show(language, () -> new CaseReadingView(reading, noPanels(), notSignedIn()));
        view.setParameter(mock(BeforeEvent.class), CASE_ID);
        return view;
    }

    private DicomViewer viewer(CaseReadingView view) {
        return find(DicomViewer.class, view).withId("case-viewer").single();
    }

    @Test
    void a_student_saves_their_draft_and_is_told_the_instructors_annotations_come_after_submitting() {
        var view = open(SupportedLanguage.ENGLISH, opened(ReadingRole.STUDENT, null, List.of(), true, List.of()));
        assertThat(find(H2.class, view).withId("case-title-heading").single().getText())
                .isEqualTo("Incidental nodules");
        assertThat(find(Span.class, view)
                        .withId("instructor-annotations-withheld")
                        .single()
                        .getText())
                .isEqualTo("The instructor's annotations are shown once you have submitted your read.");
        var drawn = List.of(arrow("mine"));
        viewer(view).setAnnotations(drawn);
        when(reading.saveDraftAnnotations(CASE_ID, drawn)).thenReturn(submission(SubmissionState.DRAFT));

        test(find(Button.class, view).withId("save-annotations").single()).click();

        verify(reading).saveDraftAnnotations(CASE_ID, drawn);
        verify(reading, never()).saveInstructorAnnotations(anyLong(), org.mockito.ArgumentMatchers.any());
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Annotations saved.");
        assertThat(find(Span.class, view).withId("submission-state").single().getText())
                .isEqualTo("Draft: saved, not submitted yet.");
    }

    @Test
    void submitting_saves_what_is_drawn_then_shows_the_read_as_final_with_the_instructors_annotations() {
        var drawn = List.of(arrow("mine"));
        var afterwards = opened(
                ReadingRole.STUDENT, submission(SubmissionState.SUBMITTED), List.of(arrow("reference")), false, drawn);
        var view = open(
                SupportedLanguage.ENGLISH,
                opened(ReadingRole.STUDENT, submission(SubmissionState.DRAFT), List.of(), true, List.of()),
                afterwards);
        viewer(view).setAnnotations(drawn);
        when(reading.submit(CASE_ID)).thenReturn(submission(SubmissionState.SUBMITTED));

        test(find(Button.class, view).withId("submit-read").single()).click();

        var order = org.mockito.Mockito.inOrder(reading);
        order.verify(reading).saveDraftAnnotations(CASE_ID, drawn);
        order.verify(reading).submit(CASE_ID);
        assertThat(find(Button.class, view).withId("submit-read").all()).isEmpty();
        assertThat(find(Button.class, view).withId("save-annotations").all()).isEmpty();
        assertThat(find(Span.class, view)
                        .withId("instructor-annotations-withheld")
                        .all())
                .isEmpty();
        assertThat(find(Span.class, view).withId("submission-state").single().getText())
                .isEqualTo("Submitted (final).");
    }

    @Test
    void an_instructor_edits_and_saves_the_cases_annotations_and_has_no_read_to_submit() {
        var theirs = List.of(arrow("nodule"));
        var view = open(SupportedLanguage.ENGLISH, opened(ReadingRole.INSTRUCTOR, null, theirs, false, List.of()));
        assertThat(viewer(view).getAnnotations()).isEqualTo(theirs);
        assertThat(find(Button.class, view).withId("submit-read").all()).isEmpty();

        test(find(Button.class, view).withId("save-annotations").single()).click();

        verify(reading).saveInstructorAnnotations(CASE_ID, theirs);
    }

    @Test
    void a_student_of_a_set_that_shows_them_always_gets_the_instructors_annotations_locked_beside_their_own() {
        var view = open(
                SupportedLanguage.ENGLISH,
                opened(ReadingRole.STUDENT, null, List.of(arrow("reference")), false, List.of(arrow("mine"))));

        var viewer = viewer(view);
        assertThat(viewer.getElement().getProperty("fixedAnnotations"))
                .contains("reference")
                .doesNotContain("mine");
        assertThat(viewer.getAnnotations()).extracting(ViewerAnnotation::text).containsExactly("mine");
        assertThat(viewer.getElement().getProperty("editable", false)).isTrue();
        assertThat(find(Span.class, view)
                        .withId("instructor-annotations-withheld")
                        .all())
                .isEmpty();
    }

    @Test
    void a_guest_sees_the_viewer_but_no_way_to_save_or_submit() {
        var view = open(
                SupportedLanguage.ENGLISH, opened(ReadingRole.GUEST, null, List.of(arrow("demo")), false, List.of()));

        assertThat(find(DicomViewer.class, view).withId("case-viewer").all()).hasSize(1);
        assertThat(find(Button.class, view).withId("save-annotations").all()).isEmpty();
        assertThat(find(Button.class, view).withId("submit-read").all()).isEmpty();
        assertThat(find(Span.class, view).withId("submission-state").all()).isEmpty();
    }

    @Test
    void a_refused_save_is_explained_in_chinese() {
        var view = open(
                SupportedLanguage.SIMPLIFIED_CHINESE,
                opened(ReadingRole.STUDENT, submission(SubmissionState.DRAFT), List.of(), true, List.of()));
        when(reading.saveDraftAnnotations(anyLong(), org.mockito.ArgumentMatchers.any()))
                .thenThrow(ReadingRefusals.of("reading.error.already-submitted"));

        test(find(Button.class, view).withId("save-annotations").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("你对此病例的阅片已提交，无法再更改。");
    }

    @Test
    void after_the_closing_date_the_case_stays_readable_and_submit_is_disabled_with_the_reason() {
        var closes = Instant.parse("2026-03-01T09:00:00Z");
        var set = new CaseSetView(
                2, 1, 0, "Exam", "", null, closes, ReadingMode.BLIND_FIRST, PublicationState.PUBLISHED, 1);
        var draft = List.of(arrow("mine"));
        var view = open(
                SupportedLanguage.ENGLISH,
                timed(set, submission(SubmissionState.DRAFT), draft, SubmissionWindow.CLOSED));

        assertThat(viewer(view).getAnnotations()).isEqualTo(draft);
        assertThat(viewer(view).getElement().getProperty("editable", true)).isFalse();
        var submit = find(Button.class, view).withId("submit-read").single();
        assertThat(submit.isEnabled()).isFalse();
        assertThat(find(Button.class, view).withId("save-annotations").all()).isEmpty();
        assertThat(find(Span.class, view).withId("submissions-shut").single().getText())
                .isEqualTo("Submissions for this case set closed on " + shortTime(closes, SupportedLanguage.ENGLISH)
                        + ". The case stays open for review; your read can no longer change.");
        assertThat(find(Span.class, view).withId("submission-state").single().getText())
                .isEqualTo("Draft: saved, not submitted yet.");
        verify(reading, never()).submit(anyLong());
    }

    @Test
    void a_set_not_open_yet_says_in_chinese_when_it_opens_and_an_open_set_shows_no_such_notice() {
        var opens = Instant.parse("2026-04-01T08:00:00Z");
        var set = new CaseSetView(
                2, 1, 0, "Exam", "", opens, null, ReadingMode.BLIND_FIRST, PublicationState.PUBLISHED, 1);
        var early =
                open(SupportedLanguage.SIMPLIFIED_CHINESE, timed(set, null, List.of(), SubmissionWindow.NOT_OPEN_YET));
        assertThat(find(Span.class, early).withId("submissions-shut").single().getText())
                .isEqualTo("本病例集将于 " + shortTime(opens, SupportedLanguage.SIMPLIFIED_CHINESE) + " 开放提交。");
        assertThat(find(Button.class, early).withId("submit-read").single().isEnabled())
                .isFalse();

        var open = open(SupportedLanguage.ENGLISH, timed(set, null, List.of(), SubmissionWindow.OPEN));
        assertThat(find(Span.class, open).withId("submissions-shut").all()).isEmpty();
        assertThat(find(Button.class, open).withId("submit-read").single().isEnabled())
                .isTrue();
    }

    @Test
    void a_submit_refused_because_the_set_closed_meanwhile_is_explained_in_chinese() {
        var view = open(
                SupportedLanguage.SIMPLIFIED_CHINESE,
                opened(ReadingRole.STUDENT, submission(SubmissionState.DRAFT), List.of(), true, List.of()));
        when(reading.saveDraftAnnotations(anyLong(), org.mockito.ArgumentMatchers.any()))
                .thenThrow(ReadingRefusals.of("reading.error.submissions-closed"));

        test(find(Button.class, view).withId("submit-read").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("本病例集已截止提交。病例仍可查看复习，但你的阅片已无法保存或提交。");
        verify(reading, never()).submit(anyLong());
    }

    /** A student's case of this set, its window as the service decided it. */
    private static OpenedCase timed(
            CaseSetView set, @Nullable SubmissionView submission, List<ViewerAnnotation> own, SubmissionWindow window) {
        var content = CaseContent.titled("Incidental nodules").withStudy("1.2.3");
        var teachingCase = new CaseView(CASE_ID, 2, 0, content, PublicationState.PUBLISHED, false, Instant.EPOCH);
        return new OpenedCase(
                new CaseReading(teachingCase, set, false, true),
                List.of(SERIES),
                null,
                ReadingRole.STUDENT,
                submission,
                List.of(),
                false,
                own,
                window);
    }

    /** The page shows dates as the server's zone and the reader's language have them, briefly. */
    private static String shortTime(Instant instant, SupportedLanguage language) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(java.time.ZoneId.systemDefault())
                .format(instant);
    }

    /** Without RUN_AI (here: nobody signed in) the page offers no AI panel, so none is ever made. */
    @SuppressWarnings("unchecked")
    private static org.springframework.beans.factory.ObjectProvider<
                    com.medvisionlab.secondopinion.ui.SecondOpinionPanel>
            noPanels() {
        return mock(org.springframework.beans.factory.ObjectProvider.class);
    }

    private static com.vaadin.flow.spring.security.AuthenticationContext notSignedIn() {
        return mock(com.vaadin.flow.spring.security.AuthenticationContext.class);
    }
}
