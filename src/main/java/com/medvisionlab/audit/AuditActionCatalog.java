package com.medvisionlab.audit;

import com.medvisionlab.base.AuditableAction;
import com.medvisionlab.base.AuditableActions;
import java.util.List;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Every audit action the modules declare ({@link AuditableActions} beans), by name; a name used twice fails startup. */
@Component
class AuditActionCatalog {

    private final List<AuditableAction> actions;

    AuditActionCatalog(List<AuditableActions> declared) {
        var byName = new TreeMap<String, AuditableAction>();
        declared.stream().flatMap(module -> module.actions().stream()).forEach(action -> {
            var clash = byName.putIfAbsent(action.name(), action);
            if (clash != null) {
                throw new IllegalStateException("Audit action %s is declared twice: by %s and by %s"
                        .formatted(
                                action.name(),
                                clash.getClass().getName(),
                                action.getClass().getName()));
            }
        });
        this.actions = List.copyOf(byName.values());
    }

    /** Sorted by name. */
    List<AuditableAction> all() {
        return actions;
    }
}
