package com.medvisionlab.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs unexpected errors and shows the user a short, translated notice instead of a stack trace. */
@SpringComponent
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            log.error("Unexpected error in the UI", event.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    var notice = new Notification(ui.getTranslation("error.unexpected"), 5000);
                    notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notice.open();
                });
            }
        }
    }
}
