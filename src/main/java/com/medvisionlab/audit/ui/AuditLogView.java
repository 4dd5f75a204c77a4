package com.medvisionlab.audit.ui;

import com.medvisionlab.audit.AuditFilter;
import com.medvisionlab.audit.AuditRecord;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.audit.ChainVerification;
import com.medvisionlab.base.AuditableAction;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/** Reads the audit trail newest first, page by page, optionally of one action, and checks the hash chain on demand. */
@Route("admin/audit")
@Menu(order = 95, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed(Permission.Names.READ_AUDIT)
final class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditRecord> grid = new Grid<>();

    AuditLogView(AuditService audit) {
        this.audit = audit;
        var heading = new H2(getTranslation("audit.heading"));
        heading.setId("audit-heading");
        var result = new Span();
        result.setId("verify-result");
        var verify = new Button(getTranslation("audit.verify"), click -> result.setText(describe(audit.verify())));
        verify.setId("verify-chain");
        grid.setId("audit-grid");
        grid.addColumn(AuditRecord::id).setHeader(getTranslation("audit.id")).setAutoWidth(true);
        grid.addColumn(row -> row.occurredAt().toString()).setHeader(getTranslation("audit.occurred-at"));
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(AuditRecord::role).setHeader(getTranslation("audit.role"));
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.action"));
        grid.addColumn(row -> Objects.toString(row.targetType(), "") + " " + Objects.toString(row.targetId(), ""))
                .setHeader(getTranslation("audit.target"));
        grid.addColumn(row -> Objects.toString(row.clientAddress(), "")).setHeader(getTranslation("audit.client"));
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.details"));
        show(AuditFilter.ALL);
        add(heading, new HorizontalLayout(actionFilter(), verify), result, grid);
        setSizeFull();
    }

    /** All actions any module may record, by display name; no choice shows every row. */
    private Select<AuditableAction> actionFilter() {
        var filter = new Select<AuditableAction>();
        filter.setId("action-filter");
        filter.setLabel(getTranslation("audit.filter.action"));
        filter.setEmptySelectionAllowed(true);
        filter.setItems(audit.actions());
        // The empty choice is labelled through the generator too, with null.
        filter.setItemLabelGenerator(action -> action == null
                ? getTranslation("audit.filter.all-actions")
                : getTranslation("audit.action." + action.name()));
        filter.addValueChangeListener(
                change -> show(change.getValue() == null ? AuditFilter.ALL : AuditFilter.action(change.getValue())));
        return filter;
    }

    private void show(AuditFilter filter) {
        grid.setItems(query -> audit.newestFirst(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    private String describe(ChainVerification verification) {
        return verification
                .firstProblem()
                .map(problem ->
                        getTranslation("audit.verify.broken." + problem.kind().name(), problem.rowId()))
                .orElseGet(() -> getTranslation("audit.verify.intact", verification.rowsChecked()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading");
    }
}
