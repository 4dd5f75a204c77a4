package com.medvisionlab.security.ui;

import com.medvisionlab.security.UserManagementException;
import com.medvisionlab.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Where a user replaces a one-time password (forced) or changes their own password. */
@Route("change-password")
@PermitAll
final class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(UserService users, AuthenticationContext authentication) {
        var username = authentication.getPrincipalName().orElseThrow();
        var current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        var next = new PasswordField(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rule"));
        var repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        var save = new Button(getTranslation("password.save"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                return;
            }
            try {
                users.changeOwnPassword(username, current.getValue(), next.getValue());
                Notification.show(getTranslation("password.changed"));
                UI.getCurrent().navigate("");
            } catch (UserManagementException refused) {
                next.setInvalid(true);
                next.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new H2(getTranslation("password.heading"));
        heading.setId("change-password-heading");
        add(
                heading,
                new Paragraph(
                        getTranslation(users.mustChangePassword(username) ? "password.must-change" : "password.intro")),
                current,
                next,
                repeat,
                save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.heading");
    }
}
