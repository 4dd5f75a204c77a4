package com.medvisionlab.security.ui;

import com.medvisionlab.security.UserService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** A user holding a one-time password sees nothing but the change-password view until they replace it. */
@SpringComponent
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final UserService users;
    private final AuthenticationContext authentication;

    ForcedPasswordChange(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    if (enter.getNavigationTarget() == ChangePasswordView.class
                            || enter.getNavigationTarget() == LoginView.class) {
                        return;
                    }
                    authentication
                            .getPrincipalName()
                            .filter(users::mustChangePassword)
                            .ifPresent(user -> enter.rerouteTo(ChangePasswordView.class));
                }));
    }
}
