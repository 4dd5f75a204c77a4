package com.medvisionlab.secondopinion.ui;

import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The ask panel on a page of its own ({@code /ai/ask/<case id>}), until the case page embeds it. A case the user may
 * not read is refused by the panel in words, not by a 403, so a student of a blind-first set learns to submit first.
 */
@Route("ai/ask")
@RolesAllowed(Permission.Names.RUN_AI)
final class AskAiView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SecondOpinionPanel panel;

    AskAiView(SecondOpinionPanel panel) {
        this.panel = panel;
        add(new H2(getTranslation("opinion.page-title")), panel);
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        panel.forCase(caseId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.page-title");
    }
}
