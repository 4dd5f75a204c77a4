package com.medvisionlab.audit;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A fully resolved audit row before it gets its id, time and hashes. The nullable values are the nullable columns;
 * the hash tells null from empty.
 */
record AuditEntry(
        String actor,
        String role,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String clientAddress,
        Map<String, String> details) {

    AuditEntry {
        details = Map.copyOf(new TreeMap<>(details));
    }
}
