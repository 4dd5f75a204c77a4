package com.medvisionlab.reading;

import com.medvisionlab.course.CaseReading;
import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerSeries;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case opened on the reading page, with the reader's part in it.
 *
 * @param series                        what the viewer shows: the case's chosen series, else all of its study's
 * @param startImage                    the SOP Instance UID the viewer opens at (the first key image), or null
 * @param submission                    the student's read of the case, null before their first save (and for
 *                                      instructors and guests)
 * @param instructorAnnotations         the instructor's annotations the reader may see (empty when withheld)
 * @param instructorAnnotationsWithheld true for an enrolled student who has not submitted yet (unless the case set
 *                                      shows them always)
 * @param ownAnnotations                a student's annotations of their submission; empty for others (an
 *                                      instructor's own are the instructor annotations)
 * @param window                        whether the case set takes the reader's read now: its dates bind its
 *                                      enrolled students; for everyone else it is {@link SubmissionWindow#OPEN}
 */
public record OpenedCase(
        CaseReading reading,
        List<ViewerSeries> series,
        @Nullable String startImage,
        ReadingRole role,
        @Nullable SubmissionView submission,
        List<ViewerAnnotation> instructorAnnotations,
        boolean instructorAnnotationsWithheld,
        List<ViewerAnnotation> ownAnnotations,
        SubmissionWindow window) {

    public OpenedCase {
        series = List.copyOf(series);
        instructorAnnotations = List.copyOf(instructorAnnotations);
        ownAnnotations = List.copyOf(ownAnnotations);
    }

    /**
     * Whether the reader may change annotations now: an instructor always, a student until they submit, while the
     * case set takes reads.
     */
    public boolean editable() {
        return role == ReadingRole.INSTRUCTOR || mayStillChangeTheirRead();
    }

    /**
     * Whether the reference read (and the AI's second opinion) may be shown: where the course allows it anyway, and to
     * a student once they have submitted their own read.
     */
    public boolean referenceShown() {
        return reading.referenceShown() || (submission != null && submission.submitted());
    }

    /** Whether a student may still submit their read. */
    public boolean submittable() {
        return mayStillChangeTheirRead();
    }

    /**
     * Whether a student's read, not submitted, can no longer change because the case set is closed (or not open
     * yet); the case stays readable.
     */
    public boolean submissionsShut() {
        return unsubmittedStudentRead() && window != SubmissionWindow.OPEN;
    }

    private boolean mayStillChangeTheirRead() {
        return unsubmittedStudentRead() && window == SubmissionWindow.OPEN;
    }

    private boolean unsubmittedStudentRead() {
        return role == ReadingRole.STUDENT && (submission == null || !submission.submitted());
    }
}
