package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.CourseView;
import com.medvisionlab.course.Move;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** One course: its text, instructors, students (by name list or invite code) and its ordered case sets. */
@Route("authoring/course")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class CourseEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CourseService courses;
    private long courseId;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Span inviteCode = new Span();
    private final Grid<String> instructors = new Grid<>();
    private final Grid<String> students = new Grid<>();
    private final Grid<CaseSetView> caseSets = new Grid<>();
    private final TextField caseSetSearch = new TextField();

    CourseEditorView(CourseService courses) {
        this.courses = courses;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        courseId = parameter;
        removeAll();
        var found = Notices.attempt(this, () -> courses.course(courseId));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var course = found.get();
        var heading = new H2(getTranslation("course.heading"));
        heading.setId("course-heading");
        add(heading, details(course), members(), invite(), caseSetSection());
        show(course);
    }

    private VerticalLayout details(CourseView course) {
        title.setLabel(getTranslation("course.title"));
        title.setId("course-title");
        title.setWidthFull();
        description.setLabel(getTranslation("course.description"));
        description.setId("course-description");
        description.setWidthFull();
        var save = new Button(getTranslation("course.save"), click -> {
            if (Notices.attempt(this, () -> courses.updateCourse(courseId, title.getValue(), description.getValue()))) {
                Notices.done(this, "course.saved");
            }
        });
        save.setId("save-course");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.setValue(course.title());
        description.setValue(course.description());
        var box = new VerticalLayout(title, description, save);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout members() {
        var instructorName = new TextField(getTranslation("course.instructor-name"));
        instructorName.setId("instructor-name");
        var addInstructor = new Button(getTranslation("course.add-instructor"), click -> {
            if (Notices.attempt(this, () -> courses.addInstructor(courseId, instructorName.getValue()))) {
                instructorName.clear();
            }
            refresh();
        });
        addInstructor.setId("add-instructor");
        instructors.setId("instructors-grid");
        instructors.addColumn(name -> name).setHeader(getTranslation("course.instructors"));
        instructors.addComponentColumn(name -> new Button(getTranslation("course.remove"), click -> {
            Notices.attempt(this, () -> courses.removeInstructor(courseId, name));
            refresh();
        }));
        instructors.setAllRowsVisible(true);

        var studentNames = new TextArea(getTranslation("course.student-names"));
        studentNames.setId("student-names");
        studentNames.setHelperText(getTranslation("course.student-names.help"));
        var enrol = new Button(getTranslation("course.enrol"), click -> {
            var names = Arrays.asList(studentNames.getValue().split("[\\s,;]+"));
            Notices.attempt(this, () -> courses.enrolStudents(courseId, names)).ifPresent(added -> {
                studentNames.clear();
                Notices.done(this, "course.enrolled", added.size());
            });
            refresh();
        });
        enrol.setId("enrol-students");
        students.setId("students-grid");
        students.addColumn(name -> name).setHeader(getTranslation("course.students"));
        students.addComponentColumn(name -> new Button(getTranslation("course.remove"), click -> {
            Notices.attempt(this, () -> courses.removeStudent(courseId, name));
            refresh();
        }));
        students.setAllRowsVisible(true);

        var left = new VerticalLayout(
                new H3(getTranslation("course.instructors")), instructors, instructorName, addInstructor);
        var right = new VerticalLayout(new H3(getTranslation("course.students")), students, studentNames, enrol);
        var row = new HorizontalLayout(left, right);
        row.setWidthFull();
        return row;
    }

    private HorizontalLayout invite() {
        inviteCode.setId("invite-code");
        var regenerate = new Button(getTranslation("course.regenerate-invite"), click -> {
            Notices.attempt(this, () -> courses.regenerateInviteCode(courseId));
            refresh();
        });
        regenerate.setId("regenerate-invite");
        regenerate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(new Span(getTranslation("course.invite-code")), inviteCode, regenerate);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private VerticalLayout caseSetSection() {
        caseSetSearch.setId("case-set-search");
        caseSetSearch.setPlaceholder(getTranslation("course.case-sets.search"));
        caseSetSearch.setValueChangeMode(ValueChangeMode.LAZY);
        caseSetSearch.addValueChangeListener(change -> refresh());
        caseSets.setId("case-sets-grid");
        caseSets.addColumn(CaseSetView::title).setHeader(getTranslation("case-set.title"));
        caseSets.addColumn(set ->
                        getTranslation("reading-mode." + set.readingMode().name()))
                .setHeader(getTranslation("case-set.reading-mode"));
        caseSets.addColumn(set -> getTranslation("state." + set.state().name()))
                .setHeader(getTranslation("case-set.state"));
        caseSets.addColumn(CaseSetView::caseCount).setHeader(getTranslation("case-set.cases"));
        caseSets.addComponentColumn(this::ordering);
        caseSets.addItemClickListener(click -> open(click.getItem().id()));
        caseSets.setAllRowsVisible(true);
        var newTitle = new TextField(getTranslation("course.new-case-set"));
        newTitle.setId("new-case-set-title");
        var add = new Button(
                getTranslation("course.add-case-set"),
                click -> Notices.attempt(
                                this, () -> courses.addCaseSet(courseId, CaseSetDraft.titled(newTitle.getValue())))
                        .ifPresent(this::open));
        add.setId("add-case-set");
        var form = new HorizontalLayout(newTitle, add);
        form.setAlignItems(Alignment.BASELINE);
        var box = new VerticalLayout(new H3(getTranslation("course.case-sets")), caseSetSearch, caseSets, form);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout ordering(CaseSetView set) {
        var up = new Button(getTranslation("order.up"), click -> move(set, Move.UP));
        up.setId("case-set-up-" + set.id());
        var down = new Button(getTranslation("order.down"), click -> move(set, Move.DOWN));
        down.setId("case-set-down-" + set.id());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(up, down);
    }

    private void move(CaseSetView set, Move move) {
        Notices.attempt(this, () -> courses.moveCaseSet(set.id(), move));
        refresh();
    }

    private void open(long caseSetId) {
        getUI().ifPresent(ui -> ui.navigate(CaseSetEditorView.class, caseSetId));
    }

    private void refresh() {
        show(courses.course(courseId));
    }

    private void show(CourseView course) {
        inviteCode.setText(course.inviteCode());
        instructors.setItems(course.instructors());
        students.setItems(course.students());
        caseSets.setItems(courses.caseSets(courseId, caseSetSearch.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.heading");
    }
}
