package com.medvisionlab.security.ui;

import com.medvisionlab.security.OneTimePassword;
import com.medvisionlab.security.Permission;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.UserAccount;
import com.medvisionlab.security.UserManagementException;
import com.medvisionlab.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.function.Supplier;

/** Researchers create accounts, disable them, reset passwords and change roles. */
@Route("admin/users")
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
@RolesAllowed(Permission.Names.MANAGE_USERS)
final class UserManagementView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();

    UserManagementView(UserService users) {
        this.users = users;
        var heading = new H2(getTranslation("users.heading"));
        heading.setId("users-heading");
        add(heading, createForm(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout createForm() {
        var username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        var role = roleSelect();
        role.setLabel(getTranslation("users.role"));
        role.setValue(Role.STUDENT);
        var create = new Button(
                getTranslation("users.create"),
                click -> attempt(
                        () -> {
                            var password = users.createUser(username.getValue(), role.getValue());
                            username.clear();
                            return password;
                        },
                        username.getValue()));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(username, role, create);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void configureGrid() {
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username"));
        grid.addComponentColumn(this::roleEditor).setHeader(getTranslation("users.role"));
        grid.addColumn(account -> getTranslation(account.enabled() ? "users.status.enabled" : "users.status.disabled"))
                .setHeader(getTranslation("users.status"));
        grid.addColumn(account -> Objects.toString(account.lockedUntil(), ""))
                .setHeader(getTranslation("users.locked-until"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions"));
        grid.setId("users-grid");
    }

    private Select<Role> roleEditor(UserAccount account) {
        var select = roleSelect();
        select.setValue(account.role());
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                run(() -> users.changeRole(account.username(), change.getValue()));
            }
        });
        return select;
    }

    private HorizontalLayout actions(UserAccount account) {
        var toggle = account.enabled()
                ? new Button(getTranslation("users.disable"), click -> run(() -> users.disable(account.username())))
                : new Button(getTranslation("users.enable"), click -> run(() -> users.enable(account.username())));
        var reset = new Button(
                getTranslation("users.reset-password"),
                click -> attempt(() -> users.resetPassword(account.username()), account.username()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(toggle, reset);
    }

    private Select<Role> roleSelect() {
        var select = new Select<Role>();
        select.setItems(Role.RESEARCHER, Role.STUDENT);
        select.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        return select;
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (UserManagementException refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
        refresh();
    }

    /** Runs a change that yields a one-time password and shows it once. */
    private void attempt(Supplier<OneTimePassword> change, String username) {
        try {
            showOnce(username, change.get());
        } catch (UserManagementException refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
        refresh();
    }

    private void showOnce(String username, OneTimePassword password) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.one-time-password.title"));
        var value = new Span(password.value());
        value.setId("one-time-password");
        dialog.add(new Paragraph(getTranslation("users.one-time-password.text", username)), value);
        dialog.getFooter().add(new Button(getTranslation("users.one-time-password.close"), click -> dialog.close()));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.heading");
    }
}
