package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.course.InstructorAnnotations;
import com.medvisionlab.course.Move;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** One case set: dates, reading mode, publication, and its ordered, searchable cases. Times are UTC. */
@Route("authoring/case-set")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class CaseSetEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CourseService courses;
    private final CaseService cases;
    private long caseSetId;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final Select<ReadingMode> readingMode = new Select<>();
    private final Select<InstructorAnnotations> instructorAnnotations = new Select<>();
    private final Span state = new Span();
    private final Button stateToggle = new Button();
    private final Grid<CaseView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<PublicationState> stateFilter = new Select<>();
    private final Select<Difficulty> difficultyFilter = new Select<>();

    CaseSetEditorView(CourseService courses, CaseService cases) {
        this.courses = courses;
        this.cases = cases;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        caseSetId = parameter;
        removeAll();
        var found = Notices.attempt(this, () -> courses.caseSet(caseSetId));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var heading = new H2(getTranslation("case-set.heading"));
        heading.setId("case-set-heading");
        add(heading, backToCourse(found.get()), details(), publication(), caseSection());
        show(found.get());
    }

    private Button backToCourse(CaseSetView set) {
        var back = new Button(
                getTranslation("case-set.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, set.courseId())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private VerticalLayout details() {
        title.setLabel(getTranslation("case-set.title"));
        title.setId("case-set-title");
        description.setLabel(getTranslation("case-set.description"));
        description.setId("case-set-description");
        description.setWidthFull();
        opensAt.setLabel(getTranslation("case-set.opens-at"));
        opensAt.setId("opens-at");
        closesAt.setLabel(getTranslation("case-set.closes-at"));
        closesAt.setId("closes-at");
        readingMode.setLabel(getTranslation("case-set.reading-mode"));
        readingMode.setId("reading-mode");
        readingMode.setItems(ReadingMode.values());
        readingMode.setItemLabelGenerator(mode -> getTranslation("reading-mode." + mode.name()));
        instructorAnnotations.setLabel(getTranslation("case-set.instructor-annotations"));
        instructorAnnotations.setId("instructor-annotations");
        instructorAnnotations.setItems(InstructorAnnotations.values());
        instructorAnnotations.setItemLabelGenerator(shown -> getTranslation("instructor-annotations." + shown.name()));
        var save = new Button(getTranslation("case-set.save"), click -> {
            var draft = new CaseSetDraft(
                    title.getValue(),
                    description.getValue(),
                    instant(opensAt.getValue()),
                    instant(closesAt.getValue()),
                    readingMode.getValue(),
                    instructorAnnotations.getValue());
            if (Notices.attempt(this, () -> courses.updateCaseSet(caseSetId, draft))) {
                Notices.done(this, "case-set.saved");
            }
        });
        save.setId("save-case-set");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new VerticalLayout(
                title, description, new HorizontalLayout(opensAt, closesAt, readingMode, instructorAnnotations), save);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout publication() {
        state.setId("case-set-state");
        stateToggle.setId("case-set-state-toggle");
        stateToggle.addClickListener(click -> {
            var current = courses.caseSet(caseSetId).state();
            var next = current == PublicationState.PUBLISHED ? PublicationState.DRAFT : PublicationState.PUBLISHED;
            Notices.attempt(this, () -> courses.setCaseSetState(caseSetId, next));
            show(courses.caseSet(caseSetId));
        });
        var row = new HorizontalLayout(state, stateToggle);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private VerticalLayout caseSection() {
        search.setId("case-search");
        search.setPlaceholder(getTranslation("cases.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refreshCases());
        stateFilter.setId("state-filter");
        stateFilter.setLabel(getTranslation("cases.filter.state"));
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setItems(PublicationState.values());
        stateFilter.setItemLabelGenerator(
                value -> value == null ? getTranslation("cases.filter.any") : getTranslation("state." + value.name()));
        stateFilter.addValueChangeListener(change -> refreshCases());
        difficultyFilter.setId("difficulty-filter");
        difficultyFilter.setLabel(getTranslation("cases.filter.difficulty"));
        difficultyFilter.setEmptySelectionAllowed(true);
        difficultyFilter.setItems(Difficulty.values());
        difficultyFilter.setItemLabelGenerator(value ->
                value == null ? getTranslation("cases.filter.any") : getTranslation("difficulty." + value.name()));
        difficultyFilter.addValueChangeListener(change -> refreshCases());

        grid.setId("cases-grid");
        grid.addColumn(c -> c.content().title()).setHeader(getTranslation("case.title"));
        grid.addColumn(c ->
                        getTranslation("difficulty." + c.content().difficulty().name()))
                .setHeader(getTranslation("case.difficulty"));
        grid.addColumn(c -> getTranslation("state." + c.state().name())).setHeader(getTranslation("case.state"));
        grid.addColumn(c -> c.demo() ? getTranslation("case.demo") : "").setHeader(getTranslation("case.demo"));
        grid.addColumn(c -> String.join(", ", c.content().tags())).setHeader(getTranslation("case.tags"));
        grid.addComponentColumn(this::ordering);
        grid.addItemClickListener(click -> openCase(click.getItem().id()));
        grid.setAllRowsVisible(true);

        var newTitle = new TextField(getTranslation("case-set.new-case"));
        newTitle.setId("new-case-title");
        var add = new Button(
                getTranslation("case-set.add-case"),
                click -> Notices.attempt(
                                this, () -> cases.createCase(caseSetId, CaseContent.titled(newTitle.getValue())))
                        .ifPresent(this::openCase));
        add.setId("add-case");
        var form = new HorizontalLayout(newTitle, add);
        form.setAlignItems(Alignment.BASELINE);
        var filters = new HorizontalLayout(search, stateFilter, difficultyFilter);
        filters.setAlignItems(Alignment.BASELINE);
        var box = new VerticalLayout(new H3(getTranslation("case-set.cases")), filters, grid, form);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout ordering(CaseView view) {
        var up = new Button(getTranslation("order.up"), click -> move(view, Move.UP));
        up.setId("case-up-" + view.id());
        var down = new Button(getTranslation("order.down"), click -> move(view, Move.DOWN));
        down.setId("case-down-" + view.id());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(up, down);
    }

    private void move(CaseView view, Move move) {
        Notices.attempt(this, () -> cases.moveCase(view.id(), move));
        refreshCases();
    }

    private void openCase(long caseId) {
        getUI().ifPresent(ui -> ui.navigate(CaseEditorView.class, caseId));
    }

    private void show(CaseSetView set) {
        title.setValue(set.title());
        description.setValue(set.description());
        opensAt.setValue(local(set.opensAt()));
        closesAt.setValue(local(set.closesAt()));
        readingMode.setValue(set.readingMode());
        instructorAnnotations.setValue(set.instructorAnnotations());
        state.setText(getTranslation("state." + set.state().name()));
        stateToggle.setText(
                getTranslation(set.state() == PublicationState.PUBLISHED ? "case-set.unpublish" : "case-set.publish"));
        refreshCases();
    }

    private void refreshCases() {
        var filter = new CaseFilter(search.getValue(), stateFilter.getValue(), difficultyFilter.getValue());
        grid.setItems(cases.cases(caseSetId, filter));
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable LocalDateTime local(@Nullable Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case-set.heading");
    }
}
