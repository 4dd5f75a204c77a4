package com.medvisionlab.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.audit.AuditFilter;
import com.medvisionlab.audit.AuditRecord;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.audit.ChainVerification;
import com.medvisionlab.base.AccessAuditAction;
import com.medvisionlab.base.AuditableAction;
import com.medvisionlab.base.SupportedLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogViewTest extends ViewTest {

    /** Stands for an action declared by some module. */
    enum SomeModuleAction implements AuditableAction {
        USER_CREATED
    }

    private static final AuditRecord CREATED = row(2, "USER_CREATED");
    private static final AuditRecord DENIED = row(1, "ACCESS_DENIED");

    private final AuditService audit = mock(AuditService.class);

    @BeforeEach
    void trail() {
        when(audit.actions()).thenReturn(List.of(AccessAuditAction.ACCESS_DENIED, SomeModuleAction.USER_CREATED));
        when(audit.newestFirst(eq(AuditFilter.ALL), anyLong(), anyInt())).thenReturn(List.of(CREATED, DENIED));
        when(audit.count(AuditFilter.ALL)).thenReturn(2L);
        var created = AuditFilter.action(SomeModuleAction.USER_CREATED);
        when(audit.newestFirst(eq(created), anyLong(), anyInt())).thenReturn(List.of(CREATED));
        when(audit.count(created)).thenReturn(1L);
    }

    @Test
    void the_action_filter_offers_every_declared_action_by_its_translated_name() {
        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new AuditLogView(audit));

        var filter = test(actionFilter(view));
        assertThat(filter.getSuggestions()).containsExactly("拒绝访问", "创建用户");
    }

    @Test
    void all_rows_are_shown_until_an_action_is_chosen_then_only_its_rows() {
        var view = show(SupportedLanguage.ENGLISH, () -> new AuditLogView(audit));
        var grid = test(find(Grid.class, view).single());
        assertThat(grid.size()).isEqualTo(2);

        test(actionFilter(view)).selectItem("User created");

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 4)).isEqualTo("USER_CREATED");
    }

    @Test
    void verifying_an_intact_chain_says_how_many_rows_were_checked() {
        when(audit.verify()).thenReturn(new ChainVerification(2, Optional.empty()));
        var view = show(SupportedLanguage.ENGLISH, () -> new AuditLogView(audit));

        test(find(Button.class, view).withId("verify-chain").single()).click();

        assertThat(find(Span.class, view).withId("verify-result").single().getText())
                .isEqualTo("Chain intact: 2 rows checked.");
    }

    @SuppressWarnings("unchecked")
    private Select<AuditableAction> actionFilter(AuditLogView view) {
        return find(Select.class, view).withId("action-filter").single();
    }

    private static AuditRecord row(long id, String action) {
        return new AuditRecord(
                id,
                Instant.parse("2026-03-01T09:00:00Z"),
                "ann",
                "RESEARCHER",
                action,
                null,
                null,
                null,
                "{}",
                "0".repeat(64),
                "1".repeat(64));
    }
}
