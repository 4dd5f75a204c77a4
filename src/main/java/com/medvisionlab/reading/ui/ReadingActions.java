package com.medvisionlab.reading.ui;

import com.medvisionlab.base.ui.DateTimes;
import com.medvisionlab.reading.OpenedCase;
import com.medvisionlab.reading.ReadingException;
import com.medvisionlab.reading.ReadingRole;
import com.medvisionlab.reading.ReadingService;
import com.medvisionlab.reading.SubmissionView;
import com.medvisionlab.reading.SubmissionWindow;
import com.medvisionlab.viewer.ui.DicomViewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Under the viewer: "Save annotations" for whoever may change them (the instructor's of the case, or a student's
 * draft), "Submit" for a student's read, and where that read stands; outside the case set's dates the Submit button
 * stays, disabled, beside the reason.
 */
final class ReadingActions extends HorizontalLayout {

    private final ReadingService reading;
    private final OpenedCase opened;
    private final DicomViewer viewer;
    private final LongConsumer reopen;
    private final Span state = new Span();

    ReadingActions(ReadingService reading, OpenedCase opened, DicomViewer viewer, LongConsumer reopen) {
        this.reading = reading;
        this.opened = opened;
        this.viewer = viewer;
        this.reopen = reopen;
        setAlignItems(Alignment.BASELINE);
        if (opened.editable()) {
            var save = new Button(getTranslation("reading.save-annotations"), click -> save());
            save.setId("save-annotations");
            add(save);
        }
        if (opened.submittable() || opened.submissionsShut()) {
            var submit = new Button(getTranslation("reading.submit"), click -> submit());
            submit.setId("submit-read");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setEnabled(opened.submittable());
            add(submit);
        }
        if (opened.role() == ReadingRole.STUDENT) {
            state.setId("submission-state");
            showState(opened.submission());
            add(state);
        }
        if (opened.submissionsShut()) {
            var shut = new Span(windowText());
            shut.setId("submissions-shut");
            add(shut);
        }
        if (opened.instructorAnnotationsWithheld()) {
            var withheld = new Span(getTranslation("reading.instructor-annotations-withheld"));
            withheld.setId("instructor-annotations-withheld");
            add(withheld);
        }
    }

    private long caseId() {
        return opened.reading().teachingCase().id();
    }

    private void save() {
        try {
            if (opened.role() == ReadingRole.INSTRUCTOR) {
                reading.saveInstructorAnnotations(caseId(), viewer.getAnnotations());
            } else {
                showState(reading.saveDraftAnnotations(caseId(), viewer.getAnnotations()));
            }
            notify("reading.annotations-saved", NotificationVariant.LUMO_SUCCESS);
        } catch (ReadingException refused) {
            notify(refused.messageKey(), NotificationVariant.LUMO_ERROR, refused.arguments());
        }
    }

    /** What is drawn goes into the read first, so the submission holds what the student sees. */
    private void submit() {
        try {
            reading.saveDraftAnnotations(caseId(), viewer.getAnnotations());
            reading.submit(caseId());
            notify("reading.submitted", NotificationVariant.LUMO_SUCCESS);
            reopen.accept(caseId());
        } catch (ReadingException refused) {
            notify(refused.messageKey(), NotificationVariant.LUMO_ERROR, refused.arguments());
        }
    }

    /** Why the read can no longer change, with the date of the case set that decides it. */
    private String windowText() {
        var set = opened.reading().caseSet();
        var opens = set.opensAt();
        var closes = set.closesAt();
        if (opened.window() == SubmissionWindow.NOT_OPEN_YET && opens != null) {
            return getTranslation("reading.window.not-open-yet", time(opens));
        }
        return closes == null
                ? getTranslation("reading.error.submissions-closed")
                : getTranslation("reading.window.closed", time(closes));
    }

    private String time(Instant instant) {
        return DateTimes.shortDateTime(instant, getLocale());
    }

    private void showState(@Nullable SubmissionView submission) {
        state.setText(getTranslation(
                submission == null
                        ? "reading.state.none"
                        : "reading.state." + submission.state().name()));
    }

    private void notify(String key, NotificationVariant variant, Object... arguments) {
        var shown = Notification.show(getTranslation(key, arguments));
        shown.addThemeVariants(variant);
    }
}
