package com.medvisionlab.course;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.UserAccount;
import com.medvisionlab.security.UserService;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses and their case sets: authors (AUTHOR_CASES) create and edit them, name instructors, enrol students by
 * user name or hand out the invite code; students join with the code. Every change is audited.
 */
@Service
@Transactional
public class CourseService {

    static final int MAX_TITLE = 200;

    private final CourseRepository courses;
    private final CaseSetRepository caseSets;
    private final TeachingCaseRepository cases;
    private final UserService users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CourseService(
            CourseRepository courses,
            CaseSetRepository caseSets,
            TeachingCaseRepository cases,
            UserService users,
            Clock clock,
            ApplicationEventPublisher events) {
        this.courses = courses;
        this.caseSets = caseSets;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /** All courses whose title, description or an instructor contains {@code search} (any case), by title. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<CourseView> courses(String search) {
        return courses.findAllByOrderByTitle().stream()
                .map(Course::toView)
                .filter(course -> matches(search, course.title(), course.description(), course.instructors()))
                .toList();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public CourseView course(long courseId) {
        return existing(courseId).toView();
    }

    /** A new course taught by the current user, with a fresh invite code. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public long createCourse(String title, String description) {
        var saved = courses.save(Course.create(
                checkedTitle(title),
                description.strip(),
                InviteCode.generate(),
                Reader.currentName(),
                clock.instant()));
        audit(CourseAuditAction.COURSE_CREATED, saved.requiredId());
        return saved.requiredId();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void updateCourse(long courseId, String title, String description) {
        courses.save(existing(courseId).withText(checkedTitle(title), description.strip()));
        audit(CourseAuditAction.COURSE_UPDATED, courseId);
    }

    /** Instructors are researchers. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void addInstructor(long courseId, String username) {
        var name = username.strip();
        var account = accounts().get(name);
        if (account == null) {
            throw new CourseException("course.error.user-unknown", name);
        }
        if (account.role() != Role.RESEARCHER) {
            throw new CourseException("course.error.instructor-not-researcher", name);
        }
        var course = existing(courseId);
        var instructors = course.instructorNames();
        if (instructors.add(name)) {
            courses.save(course.withInstructors(instructors));
            audit(AuditableEvent.of(CourseAuditAction.COURSE_INSTRUCTOR_ADDED)
                    .target(CourseAuditAction.COURSE, Long.toString(courseId))
                    .detail("username", name));
        }
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void removeInstructor(long courseId, String username) {
        var course = existing(courseId);
        var instructors = course.instructorNames();
        if (!instructors.contains(username)) {
            return;
        }
        if (instructors.size() == 1) {
            throw new CourseException("course.error.last-instructor");
        }
        instructors.remove(username);
        courses.save(course.withInstructors(instructors));
        audit(AuditableEvent.of(CourseAuditAction.COURSE_INSTRUCTOR_REMOVED)
                .target(CourseAuditAction.COURSE, Long.toString(courseId))
                .detail("username", username));
    }

    /**
     * Enrols student accounts by user name (blank entries ignored). All or nothing: an unknown name, or one that is
     * not a student, refuses the whole list and names them.
     *
     * @return the names newly enrolled (those already enrolled are left out), sorted
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public List<String> enrolStudents(long courseId, Collection<String> usernames) {
        var names = usernames.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        var known = accounts();
        var refused = names.stream()
                .filter(n -> !known.containsKey(n) || known.get(n).role() != Role.STUDENT)
                .toList();
        if (!refused.isEmpty()) {
            throw new CourseException("course.error.not-students", String.join(", ", refused));
        }
        var course = existing(courseId);
        var students = course.studentNames();
        var added = names.stream().filter(students::add).toList();
        if (!added.isEmpty()) {
            courses.save(course.withStudents(students));
            audit(AuditableEvent.of(CourseAuditAction.COURSE_STUDENTS_ENROLLED)
                    .target(CourseAuditAction.COURSE, Long.toString(courseId))
                    .detail("usernames", String.join(",", added)));
        }
        return added;
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void removeStudent(long courseId, String username) {
        var course = existing(courseId);
        var students = course.studentNames();
        if (students.remove(username)) {
            courses.save(course.withStudents(students));
            audit(AuditableEvent.of(CourseAuditAction.COURSE_STUDENT_REMOVED)
                    .target(CourseAuditAction.COURSE, Long.toString(courseId))
                    .detail("username", username));
        }
    }

    /** A new invite code; the old one stops working (students already enrolled stay). */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public String regenerateInviteCode(long courseId) {
        var code = InviteCode.generate();
        courses.save(existing(courseId).withInviteCode(code));
        audit(CourseAuditAction.COURSE_INVITE_CODE_REGENERATED, courseId);
        return code;
    }

    /** The signed-in student joins the course with this invite code (typed in any case, spaces ignored). */
    @PreAuthorize("hasAuthority('VIEW_COURSE_CASES')")
    @Transactional(noRollbackFor = CourseException.class)
    public EnrolledCourse join(String inviteCode) {
        var student = Reader.currentName();
        var course = courses.findByInviteCode(InviteCode.normalise(inviteCode));
        if (course.isEmpty()) {
            // audited, so guessing codes shows up in the trail; the typed code itself is not recorded
            audit(AuditableEvent.of(CourseAuditAction.COURSE_JOIN_REFUSED).detail("reason", "unknown invite code"));
            throw new CourseException("course.error.invite-code-unknown");
        }
        var students = course.get().studentNames();
        var joined = course.get();
        if (students.add(student)) {
            joined = courses.save(joined.withStudents(students));
            audit(AuditableEvent.of(CourseAuditAction.COURSE_JOINED)
                    .target(CourseAuditAction.COURSE, Long.toString(joined.requiredId()))
                    .detail("username", student));
        }
        return joined.toEnrolled();
    }

    /** The courses the signed-in user is enrolled in whose title or description contains {@code search}. */
    @Transactional(readOnly = true)
    public List<EnrolledCourse> myCourses(String search) {
        var name = Reader.current().username();
        if (name == null) {
            return List.of();
        }
        return courses.findEnrolling(name).stream()
                .map(Course::toEnrolled)
                .filter(course -> matches(search, course.title(), course.description(), course.instructors()))
                .toList();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<CaseSetView> caseSets(long courseId, String search) {
        existing(courseId);
        return caseSets.findByCourseIdOrderByPosition(courseId).stream()
                .filter(set -> matches(search, set.title(), set.description(), List.of()))
                .map(this::view)
                .toList();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public CaseSetView caseSet(long caseSetId) {
        return view(existingSet(caseSetId));
    }

    /** A new draft case set at the end of the course. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public long addCaseSet(long courseId, CaseSetDraft draft) {
        existing(courseId);
        var sets = caseSets.findByCourseIdOrderByPosition(courseId);
        int position = sets.isEmpty() ? 0 : sets.getLast().position() + 1;
        var saved = caseSets.save(CaseSet.create(courseId, position, checked(draft), clock.instant()));
        audit(AuditableEvent.of(CourseAuditAction.CASE_SET_CREATED)
                .target(CourseAuditAction.CASE_SET, Long.toString(saved.requiredId()))
                .detail("course", Long.toString(courseId)));
        return saved.requiredId();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void updateCaseSet(long caseSetId, CaseSetDraft draft) {
        caseSets.save(existingSet(caseSetId).withDraft(checked(draft)));
        audit(CourseAuditAction.CASE_SET_UPDATED, CourseAuditAction.CASE_SET, caseSetId);
    }

    /** Swaps the case set with its neighbour; at either end nothing moves. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void moveCaseSet(long caseSetId, Move move) {
        var set = existingSet(caseSetId);
        var siblings = caseSets.findByCourseIdOrderByPosition(set.courseId());
        Ordering.swap(siblings, CaseSet::id, caseSetId, move).ifPresent(pair -> {
            caseSets.save(pair.first().withPosition(pair.second().position()));
            caseSets.save(pair.second().withPosition(pair.first().position()));
            audit(AuditableEvent.of(CourseAuditAction.CASE_SET_MOVED)
                    .target(CourseAuditAction.CASE_SET, Long.toString(caseSetId))
                    .detail("direction", move.name()));
        });
    }

    /** Publishing a case set shows its published cases to the course's students (from its opening date on). */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void setCaseSetState(long caseSetId, PublicationState state) {
        var set = existingSet(caseSetId);
        if (set.state() != state) {
            caseSets.save(set.withState(state));
            audit(
                    state == PublicationState.PUBLISHED
                            ? CourseAuditAction.CASE_SET_PUBLISHED
                            : CourseAuditAction.CASE_SET_UNPUBLISHED,
                    CourseAuditAction.CASE_SET,
                    caseSetId);
        }
    }

    private CaseSetView view(CaseSet set) {
        return set.toView(cases.countByCaseSetId(set.requiredId()));
    }

    private static String checkedTitle(String title) {
        var stripped = title.strip();
        if (stripped.isEmpty()) {
            throw new CourseException("course.error.title-required");
        }
        if (stripped.length() > MAX_TITLE) {
            throw new CourseException("course.error.title-too-long", Integer.toString(MAX_TITLE));
        }
        return stripped;
    }

    private static CaseSetDraft checked(CaseSetDraft draft) {
        checkedTitle(draft.title());
        if (draft.opensAt() != null
                && draft.closesAt() != null
                && !draft.closesAt().isAfter(draft.opensAt())) {
            throw new CourseException("case-set.error.closes-before-opens");
        }
        return draft;
    }

    private Map<String, UserAccount> accounts() {
        return users.listUsers().stream().collect(Collectors.toMap(UserAccount::username, Function.identity()));
    }

    private Course existing(long courseId) {
        return courses.findById(courseId).orElseThrow(() -> new CourseException("course.error.unknown"));
    }

    private CaseSet existingSet(long caseSetId) {
        return caseSets.findById(caseSetId).orElseThrow(() -> new CourseException("case-set.error.unknown"));
    }

    /** Case-insensitive "contains" over the given texts; a blank search matches everything. */
    static boolean matches(String search, String first, String second, Collection<String> more) {
        var needle = search.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || Stream.concat(Stream.of(first, second), more.stream())
                        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private void audit(CourseAuditAction action, long courseId) {
        audit(action, CourseAuditAction.COURSE, courseId);
    }

    private void audit(CourseAuditAction action, String targetType, long id) {
        audit(AuditableEvent.of(action).target(targetType, Long.toString(id)));
    }

    private void audit(AuditableEvent event) {
        events.publishEvent(event);
    }
}
