package com.medvisionlab.course.ui;

import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.CourseView;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Authors list, search and create courses; a course opens in its editor. */
@Route("authoring/courses")
@Menu(order = 20, title = "nav.courses", icon = "vaadin:academy-cap")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class CourseListView extends VerticalLayout implements HasDynamicTitle {

    private final CourseService courses;
    private final Grid<CourseView> grid = new Grid<>();
    private final TextField search = new TextField();

    CourseListView(CourseService courses) {
        this.courses = courses;
        var heading = new H2(getTranslation("courses.heading"));
        heading.setId("courses-heading");
        search.setId("course-search");
        search.setPlaceholder(getTranslation("courses.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        grid.setId("courses-grid");
        grid.addColumn(CourseView::title).setHeader(getTranslation("courses.title"));
        grid.addColumn(course -> String.join(", ", course.instructors()))
                .setHeader(getTranslation("courses.instructors"));
        grid.addColumn(course -> course.students().size()).setHeader(getTranslation("courses.students"));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        add(heading, createForm(), search, grid);
        refresh();
    }

    private HorizontalLayout createForm() {
        var title = new TextField(getTranslation("courses.new-title"));
        title.setId("new-course-title");
        var create = new Button(
                getTranslation("courses.create"),
                click -> Notices.attempt(this, () -> courses.createCourse(title.getValue(), ""))
                        .ifPresent(this::open));
        create.setId("create-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(title, create);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void open(long courseId) {
        getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, courseId));
    }

    private void refresh() {
        grid.setItems(courses.courses(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.heading");
    }
}
