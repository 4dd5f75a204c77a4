package com.medvisionlab.audit.ui;

import com.medvisionlab.audit.AuditRecord;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.audit.ChainVerification;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Reads the audit trail newest first, page by page, and checks the hash chain on demand. */
@Route("admin/audit")
@Menu(order = 95, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed(Permission.Names.READ_AUDIT)
final class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditService audit) {
        var heading = new H2(getTranslation("audit.heading"));
        heading.setId("audit-heading");
        var result = new Span();
        result.setId("verify-result");
        var verify = new Button(getTranslation("audit.verify"), click -> result.setText(describe(audit.verify())));
        verify.setId("verify-chain");
        var grid = new Grid<AuditRecord>();
        grid.setId("audit-grid");
        grid.addColumn(AuditRecord::id).setHeader(getTranslation("audit.id")).setAutoWidth(true);
        grid.addColumn(row -> row.occurredAt().toString()).setHeader(getTranslation("audit.occurred-at"));
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(AuditRecord::role).setHeader(getTranslation("audit.role"));
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.action"));
        grid.addColumn(row -> row.targetType().orElse("") + " " + row.targetId().orElse(""))
                .setHeader(getTranslation("audit.target"));
        grid.addColumn(row -> row.clientAddress().orElse("")).setHeader(getTranslation("audit.client"));
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.details"));
        grid.setItems(query -> audit.newestFirst(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count()));
        add(heading, verify, result, grid);
        setSizeFull();
    }

    private String describe(ChainVerification verification) {
        return verification.firstProblem()
                .map(problem -> getTranslation("audit.verify.broken." + problem.kind().name(), problem.rowId()))
                .orElseGet(() -> getTranslation("audit.verify.intact", verification.rowsChecked()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading");
    }
}
