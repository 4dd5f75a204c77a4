package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.EnrolledCourse;
import com.medvisionlab.security.Permission;
import com.medvisionlab.viewer.ui.ViewerWarmUp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** A student's courses: join one with an invite code, pick one, and open its published cases. */
@Route("my-courses")
@Menu(order = 10, title = "nav.my-courses", icon = "vaadin:book")
@RolesAllowed(Permission.Names.VIEW_COURSE_CASES)
final class MyCoursesView extends VerticalLayout implements HasDynamicTitle {

    private final CourseService courses;
    private final CaseService cases;
    private final Grid<EnrolledCourse> grid = new Grid<>();
    private final TextField search = new TextField();
    private final TextField caseSearch = new TextField();
    private final Div courseCases = new Div();
    private @Nullable EnrolledCourse selected;

    MyCoursesView(CourseService courses, CaseService cases) {
        this.courses = courses;
        this.cases = cases;
        var heading = new H2(getTranslation("my-courses.heading"));
        heading.setId("my-courses-heading");
        search.setId("my-course-search");
        search.setPlaceholder(getTranslation("my-courses.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        grid.setId("my-courses-grid");
        grid.addColumn(EnrolledCourse::title).setHeader(getTranslation("courses.title"));
        grid.addColumn(course -> String.join(", ", course.instructors()))
                .setHeader(getTranslation("courses.instructors"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> select(click.getItem()));
        caseSearch.setId("my-case-search");
        caseSearch.setPlaceholder(getTranslation("cases.search"));
        caseSearch.setValueChangeMode(ValueChangeMode.LAZY);
        caseSearch.addValueChangeListener(change -> showCases());
        courseCases.setId("course-cases");
        // the cases listed here open in the viewer: its code loads while the user reads the list
        add(heading, joinForm(), search, grid, caseSearch, courseCases, new ViewerWarmUp());
        refresh();
    }

    private HorizontalLayout joinForm() {
        var code = new TextField(getTranslation("my-courses.invite-code"));
        code.setId("invite-code-input");
        var join = new Button(
                getTranslation("my-courses.join"),
                click -> Notices.attempt(this, () -> courses.join(code.getValue()))
                        .ifPresent(course -> {
                            code.clear();
                            Notices.done(this, "my-courses.joined", course.title());
                            refresh();
                            select(course);
                        }));
        join.setId("join-course");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(code, join);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void select(EnrolledCourse course) {
        selected = course;
        showCases();
    }

    private void showCases() {
        courseCases.removeAll();
        var course = selected;
        if (course == null) {
            return;
        }
        courseCases.add(new H3(course.title()), new Paragraph(course.description()));
        var sets = cases.readableCaseSets(course.id());
        if (sets.isEmpty()) {
            courseCases.add(new Paragraph(getTranslation("my-courses.nothing-yet")));
        }
        for (var set : sets) {
            var list = new VerticalLayout();
            list.setPadding(false);
            list.add(new H4(set.title()));
            for (var view : cases.readableCases(set.id(), CaseFilter.text(caseSearch.getValue()))) {
                list.add(CaseLinks.link(view));
            }
            courseCases.add(list);
        }
    }

    private void refresh() {
        grid.setItems(courses.myCourses(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-courses.heading");
    }
}
