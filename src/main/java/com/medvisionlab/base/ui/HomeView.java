package com.medvisionlab.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Public start page: what the portal is and what it is not. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@AnonymousAllowed
final class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView() {
        var heading = new H2(getTranslation("home.heading"));
        heading.setId("home-heading");
        add(heading, new Paragraph(getTranslation("home.intro")), new Paragraph(getTranslation("home.scope")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
