package com.medvisionlab.course.ui;

import com.medvisionlab.course.CourseException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs a change and, when the service refuses it, tells the user why in their language. */
final class Notices {

    private Notices() {}

    static boolean attempt(Component where, Runnable change) {
        return attempt(where, () -> {
                    change.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    static <T> Optional<T> attempt(Component where, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (CourseException refused) {
            refused(where, refused.messageKey(), refused.arguments());
            return Optional.empty();
        }
    }

    static void refused(Component where, String key, Object... arguments) {
        Notification.show(where.getTranslation(key, arguments)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(Component where, String key, Object... arguments) {
        Notification.show(where.getTranslation(key, arguments)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
