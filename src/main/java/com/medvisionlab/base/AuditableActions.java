package com.medvisionlab.base;

import java.util.List;

/**
 * One module's audit actions, declared as a bean ({@code @Bean AuditableActions ...() { return
 * AuditableActions.of(MyAuditAction.class); }}) so that the audit trail knows every action without knowing the
 * module. Each action needs a display name {@code audit.action.<NAME>} in both message bundles.
 */
public record AuditableActions(List<AuditableAction> actions) {

    public AuditableActions {
        actions = List.copyOf(actions);
    }

    public static <E extends Enum<E> & AuditableAction> AuditableActions of(Class<E> actionEnum) {
        return new AuditableActions(List.of(actionEnum.getEnumConstants()));
    }
}
