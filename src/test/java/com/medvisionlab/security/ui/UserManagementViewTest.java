package com.medvisionlab.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.security.OneTimePassword;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import com.medvisionlab.security.UserAccount;
import com.medvisionlab.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserManagementViewTest extends ViewTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private final UserService users = mock(UserService.class);

    @Test
    void accounts_are_listed_with_their_lock() {
        var lockedUntil = Instant.parse("2026-03-01T10:00:00Z");
        when(users.listUsers())
                .thenReturn(List.of(
                        new UserAccount("ann", Role.RESEARCHER, true, false, null, CREATED),
                        new UserAccount("bob", Role.STUDENT, true, false, lockedUntil, CREATED)));

        var view = show(SupportedLanguage.ENGLISH, () -> new UserManagementView(users));

        var grid = test(find(Grid.class, view).withId("users-grid").single());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 3)).isEmpty();
        assertThat(grid.getCellText(1, 3)).isEqualTo(lockedUntil.toString());
    }

    @Test
    void a_created_user_gets_a_one_time_password_shown_once() {
        when(users.createUser("carol", Role.STUDENT)).thenReturn(new OneTimePassword("Shown-Once-1234"));
        var view = show(SupportedLanguage.ENGLISH, () -> new UserManagementView(users));

        test(find(TextField.class, view).withId("new-username").single()).setValue("carol");
        test(find(Button.class, view).withId("create-user").single()).click();

        verify(users).createUser("carol", Role.STUDENT);
        assertThat($(Span.class).withId("one-time-password").single().getText()).isEqualTo("Shown-Once-1234");
    }

    @Test
    void a_refused_user_is_explained_in_the_visitors_language_and_no_password_is_shown() {
        when(users.createUser("taken", Role.STUDENT)).thenThrow(TestUsers.refusal("users.error.username-taken"));
        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new UserManagementView(users));

        test(find(TextField.class, view).withId("new-username").single()).setValue("taken");
        test(find(Button.class, view).withId("create-user").single()).click();

        assertThat(test($(Notification.class).single()).getText()).isEqualTo(chinese("users.error.username-taken"));
        assertThat($(Dialog.class).all()).isEmpty();
    }

    private static String chinese(String key) {
        return new com.medvisionlab.base.BundleTranslations()
                .getTranslation(key, SupportedLanguage.SIMPLIFIED_CHINESE.locale());
    }
}
