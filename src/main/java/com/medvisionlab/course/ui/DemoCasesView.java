package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.viewer.ui.ViewerWarmUp;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Published demo cases, open to everyone, guests included. */
@Route("demo-cases")
@Menu(order = 5, title = "nav.demo-cases", icon = "vaadin:picture")
@AnonymousAllowed
final class DemoCasesView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final Grid<CaseView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Difficulty> difficulty = new Select<>();

    DemoCasesView(CaseService cases) {
        this.cases = cases;
        var heading = new H2(getTranslation("demo-cases.heading"));
        heading.setId("demo-cases-heading");
        search.setId("demo-search");
        search.setPlaceholder(getTranslation("cases.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        difficulty.setId("demo-difficulty");
        difficulty.setLabel(getTranslation("cases.filter.difficulty"));
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(value ->
                value == null ? getTranslation("cases.filter.any") : getTranslation("difficulty." + value.name()));
        difficulty.addValueChangeListener(change -> refresh());
        grid.setId("demo-grid");
        grid.addComponentColumn(CaseLinks::link).setHeader(getTranslation("case.title"));
        grid.addColumn(c ->
                        getTranslation("difficulty." + c.content().difficulty().name()))
                .setHeader(getTranslation("case.difficulty"));
        grid.addColumn(c -> String.join(", ", c.content().tags())).setHeader(getTranslation("case.tags"));
        var filters = new HorizontalLayout(search, difficulty);
        filters.setAlignItems(Alignment.BASELINE);
        // the cases listed here open in the viewer: its code loads while the user reads the list
        add(heading, filters, grid, new ViewerWarmUp());
        refresh();
    }

    private void refresh() {
        grid.setItems(cases.demoCases(new CaseFilter(search.getValue(), null, difficulty.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demo-cases.heading");
    }
}
