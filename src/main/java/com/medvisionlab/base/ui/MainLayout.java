package com.medvisionlab.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every view: header (user, sign-in/out, language), side navigation built from {@code @Menu}
 * annotations the visitor may access (titles are message keys), and the disclaimer footer.
 */
@Layout
@AnonymousAllowed
final class MainLayout extends AppLayout {

    private final Div content = new Div();

    MainLayout(AuthenticationContext authentication, LanguageChoice languages) {
        setPrimarySection(Section.DRAWER);
        var title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        addToDrawer(title, navigation());
        addToNavbar(new DrawerToggle(), header(authentication, languages));
        content.addClassName("main-content");
        var page = new Div(content, new Disclaimer());
        page.addClassName("main-page");
        setContent(page);
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private HorizontalLayout header(AuthenticationContext authentication, LanguageChoice languages) {
        var bar = new HorizontalLayout();
        bar.addClassName("main-header");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var spacer = new Div();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        var user = authentication.getPrincipalName();
        if (user.isPresent()) {
            var who = new Span(getTranslation("header.signed-in-as", user.get()));
            who.setId("current-user");
            var signOut = new Button(getTranslation("header.sign-out"), click -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(who, signOut);
        } else {
            var guest = new Span(getTranslation("header.guest"));
            guest.setId("current-user");
            var signIn = new Anchor("login", getTranslation("header.sign-in"));
            signIn.setId("sign-in");
            bar.add(guest, signIn);
        }
        bar.add(new LanguageSwitcher(languages));
        return bar;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
