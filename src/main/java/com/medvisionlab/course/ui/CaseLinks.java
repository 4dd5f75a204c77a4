package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** A case's title as a link to its reading page. */
final class CaseLinks {

    private CaseLinks() {}

    static Button link(CaseView view) {
        var link =
                new Button(view.content().title(), click -> UI.getCurrent().navigate(CaseDetailView.class, view.id()));
        link.setId("case-link-" + view.id());
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return link;
    }
}
