package com.medvisionlab.security.ui;

import com.medvisionlab.base.ui.Disclaimer;
import com.medvisionlab.base.ui.LanguageChoice;
import com.medvisionlab.base.ui.LanguageSwitcher;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in page; Spring Security processes the form posted to {@code /login}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(LanguageChoice languages) {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        form.setId("login-form");
        var title = new H1(getTranslation("app.title"));
        title.setId("login-title");
        var guest = new Anchor("", getTranslation("login.browse-as-guest"));
        guest.setId("browse-as-guest");
        add(new LanguageSwitcher(languages), title, form, guest, new Disclaimer());
    }

    private LoginI18n translations() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.heading"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
