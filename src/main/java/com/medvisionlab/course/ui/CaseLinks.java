package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A case's title as a link to its reading page ({@code case/<id>}, owned by the reading module, which course may not
 * depend on: hence the route by name).
 */
final class CaseLinks {

    static final String READING_ROUTE = "case/";

    private CaseLinks() {}

    static Button link(CaseView view) {
        var link = new Button(view.content().title(), click -> UI.getCurrent().navigate(READING_ROUTE + view.id()));
        link.setId("case-link-" + view.id());
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return link;
    }
}
