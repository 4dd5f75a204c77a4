package com.medvisionlab.base;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Something worth an audit row. Publish it with Spring's {@code ApplicationEventPublisher}; the audit module
 * records it synchronously, inside the publisher's transaction, so the change and its audit row commit or roll
 * back together. The actor and role default to the signed-in user (or the guest); set {@code actor} only when
 * nobody is signed in yet but the subject is known (e.g. a locked-out username).
 *
 * @param action     upper-case verb, e.g. {@code USER_CREATED}
 * @param targetType kind of thing acted on, e.g. {@code app_user}; empty when none
 * @param targetId   its identifier; empty when none
 * @param details    extra facts, never PHI and never secrets
 * @param actor      explicit actor, when not the current user
 */
public record AuditableEvent(String action, Optional<String> targetType, Optional<String> targetId,
        Map<String, String> details, Optional<String> actor) {

    public AuditableEvent {
        if (action.isBlank()) {
            throw new IllegalArgumentException("audit action must not be blank");
        }
        details = Map.copyOf(new TreeMap<>(details));
    }

    public static AuditableEvent of(String action) {
        return new AuditableEvent(action, Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
    }

    public AuditableEvent target(String type, String id) {
        return new AuditableEvent(action, Optional.of(type), Optional.of(id), details, actor);
    }

    public AuditableEvent detail(String key, String value) {
        var more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditableEvent(action, targetType, targetId, more, actor);
    }

    public AuditableEvent actedBy(String explicitActor) {
        return new AuditableEvent(action, targetType, targetId, details, Optional.of(explicitActor));
    }
}
