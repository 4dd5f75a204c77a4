package com.medvisionlab.audit;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fully resolved audit row before it gets its id, time and hashes. */
public record AuditEntry(String actor, String role, String action, Optional<String> targetType,
        Optional<String> targetId, Optional<String> clientAddress, Map<String, String> details) {

    public AuditEntry {
        details = Map.copyOf(new TreeMap<>(details));
    }
}
