package com.medvisionlab.base.ui;

import com.medvisionlab.base.AccessAuditAction;
import com.medvisionlab.base.AuditableEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;

/** Shown when a signed-in user opens a view their role may not see; the denial goes to the audit trail. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
final class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final ApplicationEventPublisher events;

    AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(AuditableEvent.of(AccessAuditAction.ACCESS_DENIED)
                .target("view", "/" + event.getLocation().getPath()));
        var heading = new H2(getTranslation("error.access-denied.heading"));
        heading.setId("access-denied");
        add(heading, new Paragraph(getTranslation("error.access-denied.text")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
