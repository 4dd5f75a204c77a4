package com.medvisionlab.course;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.redaction.PublicationCheck;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching cases: authors write them as drafts, link a study of the imaging index, order them within a case set,
 * publish them (after the redaction review has cleared every image of the study) and flag demo cases for guests.
 * Readers list and open what they may see (the rule {@link CaseAccess} applies to studies). Every change and every reading is audited.
 */
@Service
@Transactional
public class CaseService {

    /** DICOM Age String (PS3.5 6.2): three digits and D, W, M or Y. */
    private static final Pattern AGE = Pattern.compile("\\d{3}[DWMY]");

    private static final int MAX_TAG = 64;

    private final TeachingCaseRepository cases;
    private final CaseSetRepository caseSets;
    private final CaseVisibility visibility;
    private final ImagingIndex index;
    private final PublicationCheck publicationCheck;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseService(
            TeachingCaseRepository cases,
            CaseSetRepository caseSets,
            CaseVisibility visibility,
            ImagingIndex index,
            PublicationCheck publicationCheck,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.caseSets = caseSets;
        this.visibility = visibility;
        this.index = index;
        this.publicationCheck = publicationCheck;
        this.clock = clock;
        this.events = events;
    }

    /** The cases of a case set in their order, drafts included. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<CaseView> cases(long caseSetId, CaseFilter filter) {
        existingSet(caseSetId);
        return cases.findByCaseSetIdOrderByPosition(caseSetId).stream()
                .map(TeachingCase::toView)
                .filter(filter::accepts)
                .toList();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public CaseView caseForEditing(long caseId) {
        return existing(caseId).toView();
    }

    /** A new draft case at the end of the case set. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public long createCase(long caseSetId, CaseContent content) {
        existingSet(caseSetId);
        var checked = checked(content);
        var siblings = cases.findByCaseSetIdOrderByPosition(caseSetId);
        int position = siblings.isEmpty() ? 0 : siblings.getLast().position() + 1;
        var saved = cases.save(TeachingCase.draft(caseSetId, position, checked, Reader.currentName(), clock.instant()));
        audit(AuditableEvent.of(CourseAuditAction.CASE_CREATED)
                .target(CourseAuditAction.CASE, Long.toString(saved.requiredId()))
                .detail("caseSet", Long.toString(caseSetId)));
        return saved.requiredId();
    }

    /**
     * Replaces what the author wrote. A published case stays published, but its study cannot change while it is:
     * the new study has not been through the publication check.
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void updateCase(long caseId, CaseContent content) {
        var stored = existing(caseId);
        var checked = checked(content);
        if (stored.state() == PublicationState.PUBLISHED
                && !java.util.Objects.equals(stored.studyInstanceUid(), checked.studyInstanceUid())) {
            throw new CourseException("case.error.study-change-while-published");
        }
        cases.save(stored.withContent(checked, clock.instant()));
        audit(CourseAuditAction.CASE_UPDATED, caseId);
    }

    /** Swaps the case with its neighbour in the case set; at either end nothing moves. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void moveCase(long caseId, Move move) {
        var stored = existing(caseId);
        var siblings = cases.findByCaseSetIdOrderByPosition(stored.caseSetId());
        Ordering.swap(siblings, TeachingCase::id, caseId, move).ifPresent(pair -> {
            cases.save(pair.first().withPosition(pair.second().position()));
            cases.save(pair.second().withPosition(pair.first().position()));
            audit(AuditableEvent.of(CourseAuditAction.CASE_MOVED)
                    .target(CourseAuditAction.CASE, Long.toString(caseId))
                    .detail("direction", move.name()));
        });
    }

    /**
     * Publishes the case when its linked study is indexed and no image of it waits for a redaction review; otherwise
     * leaves it a draft and says which images wait (the refusal is audited too).
     *
     * @throws CourseException when the case has no study or its study is not (or no longer) indexed
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public PublicationResult publish(long caseId) {
        var stored = existing(caseId);
        var study = stored.studyInstanceUid();
        if (study == null) {
            throw new CourseException("case.error.publish-needs-study");
        }
        if (index.study(study).isEmpty()) {
            throw new CourseException("case.error.study-unknown", study);
        }
        var unconfirmed = publicationCheck.unconfirmedInstances(List.of(study));
        if (!unconfirmed.isEmpty()) {
            audit(AuditableEvent.of(CourseAuditAction.CASE_PUBLICATION_REFUSED)
                    .target(CourseAuditAction.CASE, Long.toString(caseId))
                    .detail("unconfirmedInstances", Integer.toString(unconfirmed.size())));
            return new PublicationResult(false, unconfirmed);
        }
        if (stored.state() != PublicationState.PUBLISHED) {
            cases.save(stored.withPublication(PublicationState.PUBLISHED, stored.demo(), clock.instant()));
            audit(CourseAuditAction.CASE_PUBLISHED, caseId);
        }
        return new PublicationResult(true, List.of());
    }

    /** Back to draft: students and guests no longer see it. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void unpublish(long caseId) {
        var stored = existing(caseId);
        if (stored.state() == PublicationState.PUBLISHED) {
            cases.save(stored.withPublication(PublicationState.DRAFT, stored.demo(), clock.instant()));
            audit(CourseAuditAction.CASE_UNPUBLISHED, caseId);
        }
    }

    /** A demo case, once published, is visible to everyone, guests included. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void setDemo(long caseId, boolean demo) {
        var stored = existing(caseId);
        if (stored.demo() != demo) {
            cases.save(stored.withPublication(stored.state(), demo, clock.instant()));
            audit(AuditableEvent.of(CourseAuditAction.CASE_DEMO_CHANGED)
                    .target(CourseAuditAction.CASE, Long.toString(caseId))
                    .detail("demo", Boolean.toString(demo)));
        }
    }

    /** Published demo cases, for everyone (guests included), newest first. */
    @Transactional(readOnly = true)
    public List<CaseView> demoCases(CaseFilter filter) {
        return cases.findDemoCases().stream()
                .map(TeachingCase::toView)
                .filter(filter::accepts)
                .toList();
    }

    /**
     * The case sets of a course the current user may open: all for authors; for an enrolled student the published
     * ones that have opened.
     */
    @Transactional(readOnly = true)
    public List<CaseSetView> readableCaseSets(long courseId) {
        var reader = Reader.current();
        return caseSets.findByCourseIdOrderByPosition(courseId).stream()
                .filter(set -> reader.author() || readableSet(reader, set))
                .map(set -> set.toView(cases.countByCaseSetId(set.requiredId())))
                .toList();
    }

    /** The cases of a case set the current user may open, in order. */
    @Transactional(readOnly = true)
    public List<CaseView> readableCases(long caseSetId, CaseFilter filter) {
        var reader = Reader.current();
        return cases.findByCaseSetIdOrderByPosition(caseSetId).stream()
                .filter(c -> canView(reader, c.requiredId()))
                .map(TeachingCase::toView)
                .filter(filter::accepts)
                .toList();
    }

    /** Opens a case for the current user, audited; empty when they may not see it (or it does not exist). */
    public Optional<CaseReading> read(long caseId) {
        var reading = readingOf(caseId);
        reading.ifPresent(opened -> audit(CourseAuditAction.CASE_VIEWED, caseId));
        return reading;
    }

    /**
     * The case as {@link #read} opens it, without auditing a view: for a module that checks the case set's rules
     * (e.g. its dates) before changing the reader's part of the case, and audits that change itself.
     */
    @Transactional(readOnly = true)
    public Optional<CaseReading> readingOf(long caseId) {
        var reader = Reader.current();
        if (!canView(reader, caseId)) {
            return Optional.empty();
        }
        var stored = existing(caseId);
        var set = existingSet(stored.caseSetId());
        boolean enrolledStudent = !reader.author() && visibility.enrolledInCourseOf(reader, set.requiredId());
        boolean referenceShown = reader.author() || set.readingMode() == ReadingMode.OPEN || !enrolledStudent;
        return Optional.of(new CaseReading(
                stored.toView(),
                set.toView(cases.countByCaseSetId(set.requiredId())),
                referenceShown,
                enrolledStudent));
    }

    private boolean canView(Reader reader, long caseId) {
        return reader.author() ? cases.existsById(caseId) : visibility.caseVisible(reader, caseId, clock.instant());
    }

    private boolean readableSet(Reader reader, CaseSet set) {
        var opens = set.opensAt();
        return set.state() == PublicationState.PUBLISHED
                && (opens == null || !opens.isAfter(clock.instant()))
                && visibility.enrolledInCourseOf(reader, set.requiredId());
    }

    /** The case's links must point into the imaging index: the study, its series and its instances. */
    private CaseContent checked(CaseContent content) {
        if (content.title().isEmpty()) {
            throw new CourseException("course.error.title-required");
        }
        if (content.title().length() > CourseService.MAX_TITLE) {
            throw new CourseException("course.error.title-too-long", Integer.toString(CourseService.MAX_TITLE));
        }
        var age = content.patientAge();
        if (age != null && !AGE.matcher(age).matches()) {
            throw new CourseException("case.error.age-format", age);
        }
        content.tags().stream()
                .filter(tag -> tag.length() > MAX_TAG)
                .findFirst()
                .ifPresent(tag -> {
                    throw new CourseException("case.error.tag-too-long", Integer.toString(MAX_TAG));
                });
        content.findings().stream()
                .filter(finding -> finding.finding().isEmpty())
                .findFirst()
                .ifPresent(empty -> {
                    throw new CourseException("case.error.finding-empty");
                });
        var study = content.studyInstanceUid();
        if (study == null) {
            if (!content.seriesInstanceUids().isEmpty()
                    || !content.keyImageUids().isEmpty()) {
                throw new CourseException("case.error.images-need-study");
            }
            return content;
        }
        if (index.study(study).isEmpty()) {
            throw new CourseException("case.error.study-unknown", study);
        }
        for (var series : content.seriesInstanceUids()) {
            if (index.series(series)
                    .filter(s -> s.studyInstanceUid().equals(study))
                    .isEmpty()) {
                throw new CourseException("case.error.series-not-in-study", series);
            }
        }
        var keyImages = new java.util.ArrayList<>(content.keyImageUids());
        content.findings().stream()
                .map(ReferenceFinding::keyImageUid)
                .filter(java.util.Objects::nonNull)
                .forEach(keyImages::add);
        for (var sop : keyImages) {
            if (index.instance(sop)
                    .filter(i -> i.studyInstanceUid().equals(study))
                    .isEmpty()) {
                throw new CourseException("case.error.image-not-in-study", sop);
            }
        }
        return content;
    }

    private TeachingCase existing(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CourseException("case.error.unknown"));
    }

    private CaseSet existingSet(long caseSetId) {
        return caseSets.findById(caseSetId).orElseThrow(() -> new CourseException("case-set.error.unknown"));
    }

    private void audit(CourseAuditAction action, long caseId) {
        audit(AuditableEvent.of(action).target(CourseAuditAction.CASE, Long.toString(caseId)));
    }

    private void audit(AuditableEvent event) {
        events.publishEvent(event);
    }
}
