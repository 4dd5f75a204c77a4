package com.medvisionlab.reading;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.course.CaseAccess;
import com.medvisionlab.course.CaseReading;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.InstructorAnnotations;
import com.medvisionlab.security.Permission;
import com.medvisionlab.viewer.ViewerAnnotation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a case (see the package documentation for who sees which annotations). Opening goes through {@link
 * CaseService#read}, the access check that also audits the view; every change asks course again ({@link CaseAccess},
 * or {@link CaseService#readingOf} for a student's read, which the case set's dates bind) and is audited here.
 */
@Service
@Transactional
public class ReadingService {

    private final CaseService cases;
    private final CaseAccess access;
    private final SubmissionRepository submissions;
    private final AnnotationRepository annotations;
    private final AnnotationRules rules;
    private final CaseImages images;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReadingService(
            CaseService cases,
            CaseAccess access,
            SubmissionRepository submissions,
            AnnotationRepository annotations,
            AnnotationRules rules,
            CaseImages images,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.access = access;
        this.submissions = submissions;
        this.annotations = annotations;
        this.rules = rules;
        this.images = images;
        this.clock = clock;
        this.events = events;
    }

    /** Opens a case for the current user (audited by course); empty when they may not see it or it does not exist. */
    public Optional<OpenedCase> open(long caseId) {
        return cases.read(caseId).map(this::opened);
    }

    private OpenedCase opened(CaseReading reading) {
        long caseId = reading.teachingCase().id();
        var who = currentUser();
        var role = roleOf(who);
        var content = reading.teachingCase().content();
        var series = images.series(content);
        var start = CaseImages.firstKeyImage(content);
        var instructors = viewerAnnotations(annotations.findInstructors(caseId));
        if (role != ReadingRole.STUDENT) {
            return new OpenedCase(
                    reading, series, start, role, null, instructors, false, List.of(), SubmissionWindow.OPEN);
        }
        var submission = submissions.findByCaseIdAndStudentUsername(caseId, nameOf(who));
        boolean submitted =
                submission.map(s -> s.state() == SubmissionState.SUBMITTED).orElse(false);
        boolean withheld = reading.enrolledStudent()
                && reading.caseSet().instructorAnnotations() == InstructorAnnotations.AFTER_SUBMISSION
                && !submitted;
        return new OpenedCase(
                reading,
                series,
                start,
                role,
                submission.map(Submission::toView).orElse(null),
                withheld ? List.of() : instructors,
                withheld,
                submission
                        .map(s -> viewerAnnotations(annotations.findBySubmission(s.requiredId())))
                        .orElse(List.of()),
                windowFor(reading));
    }

    /** The case set's dates bind its enrolled students' reads (like its other rules); anyone else's are open. */
    private SubmissionWindow windowFor(CaseReading reading) {
        return reading.enrolledStudent()
                ? SubmissionWindow.of(reading.caseSet(), clock.instant())
                : SubmissionWindow.OPEN;
    }

    /**
     * The instructor's annotations of a case, for authors (e.g. to export the case); not audited, like the case's
     * other content read for editing.
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<ViewerAnnotation> instructorAnnotations(long caseId) {
        visibleCase(signedIn(), caseId);
        return viewerAnnotations(annotations.findInstructors(caseId));
    }

    /** Replaces the instructor's annotations of a case with these (all of them: an empty list removes them). */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void saveInstructorAnnotations(long caseId, List<ViewerAnnotation> drawn) {
        var who = signedIn();
        var c = visibleCase(who, caseId);
        rules.check(c.content().studyInstanceUid(), drawn);
        annotations.deleteInstructors(caseId);
        store(caseId, null, drawn, who.getName());
        events.publishEvent(AuditableEvent.of(ReadingAuditAction.INSTRUCTOR_ANNOTATIONS_SAVED)
                .target(ReadingAuditAction.CASE, Long.toString(caseId))
                .detail("annotations", Integer.toString(drawn.size())));
    }

    /**
     * Replaces the annotations of the current student's read of a case, starting the draft when there is none.
     *
     * @throws ReadingException when the read was submitted already, or the case set does not take reads now
     */
    @PreAuthorize("hasAuthority('SUBMIT_FINDINGS')")
    public SubmissionView saveDraftAnnotations(long caseId, List<ViewerAnnotation> drawn) {
        var who = signedIn();
        var c = caseTakingReads(caseId);
        rules.check(c.content().studyInstanceUid(), drawn);
        var draft = submissions.save(draftOf(caseId, who.getName()).touched(clock.instant()));
        annotations.deleteBySubmission(draft.requiredId());
        store(caseId, draft.requiredId(), drawn, who.getName());
        events.publishEvent(AuditableEvent.of(ReadingAuditAction.SUBMISSION_ANNOTATIONS_SAVED)
                .target(ReadingAuditAction.SUBMISSION, Long.toString(draft.requiredId()))
                .detail("case", Long.toString(caseId))
                .detail("annotations", Integer.toString(drawn.size())));
        return draft.toView();
    }

    /**
     * Submits the current student's read of a case: final, nothing of it changes afterwards.
     *
     * @throws ReadingException when it was submitted already, or the case set does not take reads now
     */
    @PreAuthorize("hasAuthority('SUBMIT_FINDINGS')")
    public SubmissionView submit(long caseId) {
        var who = signedIn();
        caseTakingReads(caseId);
        var draft = draftOf(caseId, who.getName());
        var submitted = submissions.save(draft.submitted(clock.instant()));
        events.publishEvent(AuditableEvent.of(ReadingAuditAction.SUBMISSION_SUBMITTED)
                .target(ReadingAuditAction.SUBMISSION, Long.toString(submitted.requiredId()))
                .detail("case", Long.toString(caseId)));
        return submitted.toView();
    }

    /** The student's draft of the case, new (unsaved) when they have none; refused once submitted. */
    private Submission draftOf(long caseId, String student) {
        var existing = submissions.findByCaseIdAndStudentUsername(caseId, student);
        if (existing.isPresent() && existing.get().state() == SubmissionState.SUBMITTED) {
            throw new ReadingException("reading.error.already-submitted");
        }
        return existing.orElseGet(() -> Submission.draft(caseId, student, clock.instant()));
    }

    private void store(long caseId, @Nullable Long submissionId, List<ViewerAnnotation> drawn, String savedBy) {
        var now = clock.instant();
        annotations.saveAll(IntStream.range(0, drawn.size())
                .mapToObj(i -> StoredAnnotation.of(drawn.get(i), caseId, submissionId, i, savedBy, now))
                .toList());
    }

    /**
     * The case the current user changes their read of, refused outside its case set's dates (course already hides a
     * set before it opens, except its demo cases; after closing the case stays readable, but the read is final).
     */
    private CaseView caseTakingReads(long caseId) {
        var reading = cases.readingOf(caseId).orElseThrow(() -> new ReadingException("reading.error.case-unknown"));
        switch (windowFor(reading)) {
            case NOT_OPEN_YET -> throw new ReadingException("reading.error.not-open-yet");
            case CLOSED -> throw new ReadingException("reading.error.submissions-closed");
            case OPEN -> {
                // takes reads
            }
        }
        return reading.teachingCase();
    }

    private CaseView visibleCase(Authentication who, long caseId) {
        return access.visibleCase(who, caseId).orElseThrow(() -> new ReadingException("reading.error.case-unknown"));
    }

    private static List<ViewerAnnotation> viewerAnnotations(List<StoredAnnotation> rows) {
        return rows.stream().map(StoredAnnotation::toViewer).toList();
    }

    private static @Nullable Authentication currentUser() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    /** Method security lets no guest in; this keeps a guest out even where it is not applied. */
    private static Authentication signedIn() {
        var who = currentUser();
        if (roleOf(who) == ReadingRole.GUEST || who == null) {
            throw new ReadingException("reading.error.sign-in-required");
        }
        return who;
    }

    static ReadingRole roleOf(@Nullable Authentication who) {
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return ReadingRole.GUEST;
        }
        if (has(who, Permission.AUTHOR_CASES)) {
            return ReadingRole.INSTRUCTOR;
        }
        return has(who, Permission.SUBMIT_FINDINGS) ? ReadingRole.STUDENT : ReadingRole.GUEST;
    }

    private static boolean has(Authentication who, Permission permission) {
        return who.getAuthorities().stream().anyMatch(a -> permission.name().equals(a.getAuthority()));
    }

    private static String nameOf(@Nullable Authentication who) {
        return who == null ? "" : who.getName();
    }
}
