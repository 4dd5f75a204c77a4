package com.medvisionlab.secondopinion.ui;

import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.secondopinion.CaseQuestions;
import com.medvisionlab.secondopinion.EngineStatus;
import com.medvisionlab.secondopinion.OpinionException;
import com.medvisionlab.secondopinion.OpinionQueueStatus;
import com.medvisionlab.secondopinion.OpinionRecord;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import com.medvisionlab.secondopinion.SecondOpinionEngine;
import com.medvisionlab.secondopinion.SecondOpinionEngines;
import com.medvisionlab.secondopinion.SecondOpinionQueue;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Scope;

/**
 * Asking the AI about one case: the engines with a status badge each (up, down, circuit open), the ask and cancel
 * buttons, the request's state (its place in the line, or "AI unavailable, your question is queued"), the answer as
 * it streams in (server push), and the notice that it is a model's output for education only. Inject it (a new one
 * per injection) and call {@link #forCase}.
 */
@SpringComponent
@Scope("prototype")
public class SecondOpinionPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(SecondOpinionPanel.class);

    private final SecondOpinionQueue queue;
    private final OpinionQueueStatus queueStatus;
    private final CaseQuestions questions;
    private final List<SecondOpinionEngine> engines;

    private final Select<SecondOpinionEngine> engineChoice = new Select<>();
    private final Span engineBadge = new Span();
    private final Button ask = new Button();
    private final Button cancel = new Button();
    private final Span state = new Span();
    private final Div answer = new Div();
    private final Paragraph notice = new Paragraph();

    private long caseId;
    private @Nullable UUID current;
    private @Nullable AutoCloseable following;
    private @Nullable Registration polling;

    SecondOpinionPanel(
            SecondOpinionQueue queue,
            OpinionQueueStatus queueStatus,
            CaseQuestions questions,
            ObjectProvider<SecondOpinionEngines> engines) {
        this.queue = queue;
        this.queueStatus = queueStatus;
        this.questions = questions;
        var registry = engines.getIfAvailable();
        this.engines = registry == null ? List.of() : registry.all();
        setId("second-opinion");
        setPadding(false);
        build();
    }

    /** Shows the panel for this case (refusing politely when the current user may not ask about it). */
    public SecondOpinionPanel forCase(long caseId) {
        this.caseId = caseId;
        var refusal = questions.refusal(caseId);
        ask.setEnabled(refusal.isEmpty() && !engines.isEmpty());
        refusal.ifPresent(key -> state.setText(getTranslation(key)));
        if (engines.isEmpty()) {
            state.setText(getTranslation("opinion.no-engines"));
        }
        return this;
    }

    private void build() {
        engineChoice.setId("ai-engine");
        engineChoice.setLabel(getTranslation("opinion.engine"));
        engineChoice.setItems(engines);
        engineChoice.setItemLabelGenerator(
                engine -> engine.descriptor().id() + " (" + engine.descriptor().model() + ")");
        engineChoice.addValueChangeListener(change -> showBadge(change.getValue()));
        engineBadge.setId("ai-engine-status");
        ask.setText(getTranslation("opinion.ask"));
        ask.setId("ai-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> ask());
        cancel.setText(getTranslation("opinion.cancel"));
        cancel.setId("ai-cancel");
        cancel.setVisible(false);
        cancel.addClickListener(click -> cancel());
        var controls = new HorizontalLayout(engineChoice, engineBadge, ask, cancel);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        state.setId("ai-state");
        answer.setId("ai-answer");
        answer.getStyle().set("white-space", "pre-wrap");
        notice.setId("ai-notice");
        notice.setText(getTranslation("opinion.notice"));
        notice.addClassName("ai-notice");
        notice.setVisible(false);
        add(new H3(getTranslation("opinion.heading")), controls, state, answer, notice);
        if (!engines.isEmpty()) {
            engineChoice.setValue(engines.getFirst());
        }
    }

    private void showBadge(@Nullable SecondOpinionEngine engine) {
        if (engine == null) {
            engineBadge.setText("");
            return;
        }
        var status = queueStatus.status(engine);
        engineBadge.setText(getTranslation(status.messageKey()));
        engineBadge.getElement().getThemeList().set("badge", true);
        engineBadge.getElement().getThemeList().set("success", status == EngineStatus.UP);
        engineBadge.getElement().getThemeList().set("error", status == EngineStatus.DOWN);
        engineBadge.getElement().getThemeList().set("contrast", status == EngineStatus.CIRCUIT_OPEN);
    }

    private void ask() {
        var engine = engineChoice.getValue();
        if (engine == null) {
            return;
        }
        var language = SupportedLanguage.closestTo(getLocale()).locale();
        try {
            var request = questions.forCase(caseId, engine.descriptor().id(), language);
            stopFollowing();
            answer.setText("");
            notice.setVisible(false);
            var id = queue.ask(request);
            current = id;
            var ui = UI.getCurrent();
            following = queue.follow(id, record -> ui.access(() -> show(record)));
        } catch (OpinionException refused) {
            Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void cancel() {
        var id = current;
        if (id != null) {
            queue.cancel(id);
        }
    }

    private void show(OpinionRecord record) {
        if (!record.id().equals(current)) {
            return;
        }
        answer.setText(record.text());
        notice.setVisible(!record.text().isEmpty() || record.status() == OpinionStatus.ANSWERED);
        state.setText(stateText(record));
        state.getElement().setAttribute("data-status", record.status().name());
        boolean inProgress = !record.status().finished();
        cancel.setVisible(inProgress);
        ask.setEnabled(!inProgress);
        pollWhileQueued(record.status() == OpinionStatus.QUEUED);
        if (record.status() == OpinionStatus.WAITING_FOR_ENGINE || record.status() == OpinionStatus.ANSWERED) {
            showBadge(engineChoice.getValue());
        }
        if (!inProgress) {
            stopFollowing();
        }
    }

    private String stateText(OpinionRecord record) {
        return switch (record.status()) {
            case QUEUED ->
                queueStatus
                        .position(record.id())
                        .map(position -> getTranslation("opinion.state.queued-at", position))
                        .orElseGet(() -> getTranslation("opinion.state.queued"));
            case WAITING_FOR_ENGINE -> getTranslation("opinion.state.waiting-for-engine");
            case RUNNING -> getTranslation("opinion.state.running");
            case ANSWERED ->
                getTranslation(record.fromStored() ? "opinion.state.answered-stored" : "opinion.state.answered");
            case FAILED -> getTranslation("opinion.state.failed");
            case CANCELLED -> getTranslation("opinion.state.cancelled");
        };
    }

    /** The place in the line changes as others finish, which sends this request no event: look again each second. */
    private void pollWhileQueued(boolean queued) {
        var ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        if (queued && polling == null) {
            ui.setPollInterval(1000);
            polling = ui.addPollListener(poll -> {
                var id = current;
                if (id != null) {
                    queue.find(id).ifPresent(this::show);
                }
            });
        } else if (!queued && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void stopFollowing() {
        var handle = following;
        following = null;
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception e) {
                log.debug("Stopping to follow an AI request failed: {}", e.toString());
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        showBadge(engineChoice.getValue());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        pollWhileQueued(false);
        super.onDetach(detachEvent);
    }
}
