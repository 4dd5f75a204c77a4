package com.medvisionlab.apitoken.ui;

import com.medvisionlab.apitoken.ApiTokenException;
import com.medvisionlab.apitoken.ApiTokenService;
import com.medvisionlab.apitoken.CreatedToken;
import com.medvisionlab.apitoken.TokenSummary;
import com.medvisionlab.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/**
 * Every signed-in user's personal API tokens (for DICOMweb clients): create one with a name and a lifetime, see its
 * secret once, revoke it.
 */
@Route("profile/tokens")
@Menu(order = 80, title = "nav.tokens", icon = "vaadin:key")
@PermitAll
final class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final Integer[] LIFETIMES_DAYS = {30, 90, 365};

    private final ApiTokenService tokens;
    private final Grid<TokenSummary> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        var heading = new H2(getTranslation("tokens.heading"));
        heading.setId("tokens-heading");
        add(heading, new Paragraph(getTranslation("tokens.intro")), createForm(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout createForm() {
        var name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        var lifetime = new Select<Integer>();
        lifetime.setId("token-lifetime");
        lifetime.setLabel(getTranslation("tokens.lifetime"));
        lifetime.setItems(LIFETIMES_DAYS);
        lifetime.setItemLabelGenerator(days -> getTranslation("tokens.days", days));
        lifetime.setValue(90);
        var create = new Button(getTranslation("tokens.create"), click -> {
            try {
                showOnce(tokens.create(name.getValue(), lifetime.getValue()));
                name.clear();
            } catch (ApiTokenException refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey()));
            }
            refresh();
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, lifetime, create);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void configureGrid() {
        grid.addColumn(TokenSummary::name).setHeader(getTranslation("tokens.name"));
        grid.addColumn(token -> format(token.createdAt())).setHeader(getTranslation("tokens.created"));
        grid.addColumn(token -> format(token.expiresAt())).setHeader(getTranslation("tokens.expires"));
        grid.addColumn(token -> token.lastUsedAt().map(this::format).orElse(getTranslation("tokens.never")))
                .setHeader(getTranslation("tokens.last-used"));
        grid.addColumn(this::status).setHeader(getTranslation("tokens.status"));
        grid.addComponentColumn(this::revokeButton);
        grid.setId("tokens-grid");
    }

    private String status(TokenSummary token) {
        if (token.revokedAt().isPresent()) {
            return getTranslation("tokens.status.revoked");
        }
        return getTranslation(token.active() ? "tokens.status.active" : "tokens.status.expired");
    }

    private Button revokeButton(TokenSummary token) {
        var revoke = new Button(getTranslation("tokens.revoke"), click -> {
            try {
                tokens.revoke(token.id());
            } catch (ApiTokenException refused) {
                Notification.show(getTranslation(refused.messageKey()));
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(token.active());
        return revoke;
    }

    private void showOnce(CreatedToken created) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.created.title"));
        var secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(
                new Paragraph(
                        getTranslation("tokens.created.text", created.summary().name())),
                secret);
        dialog.getFooter().add(new Button(getTranslation("tokens.created.close"), click -> dialog.close()));
        dialog.setWidth("40em");
        dialog.open();
    }

    private String format(Instant instant) {
        return DateTimes.shortDateTime(instant, getLocale());
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.heading");
    }
}
