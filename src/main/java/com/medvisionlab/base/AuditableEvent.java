package com.medvisionlab.base;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Something worth an audit row. Publish it with Spring's {@code ApplicationEventPublisher}; the audit module
 * records it synchronously, inside the publisher's transaction, so the change and its audit row commit or roll
 * back together. The actor and role default to the signed-in user (or the guest); set {@code actor} only when
 * nobody is signed in yet but the subject is known (e.g. a locked-out username).
 *
 * @param action     what was done, from a module's {@link AuditableAction} enum
 * @param targetType kind of thing acted on, e.g. {@code app_user}; null when none
 * @param targetId   its identifier; null when none
 * @param details    extra facts, never PHI and never secrets
 * @param actor      explicit actor, when not the current user; null for the current user
 */
public record AuditableEvent(
        AuditableAction action,
        @Nullable String targetType,
        @Nullable String targetId,
        Map<String, String> details,
        @Nullable String actor) {

    public AuditableEvent {
        details = Map.copyOf(new TreeMap<>(details));
    }

    public static AuditableEvent of(AuditableAction action) {
        return new AuditableEvent(action, null, null, Map.of(), null);
    }

    public AuditableEvent target(String type, String id) {
        return new AuditableEvent(action, type, id, details, actor);
    }

    public AuditableEvent detail(String key, String value) {
        var more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditableEvent(action, targetType, targetId, more, actor);
    }

    public AuditableEvent actedBy(String explicitActor) {
        return new AuditableEvent(action, targetType, targetId, details, explicitActor);
    }
}
