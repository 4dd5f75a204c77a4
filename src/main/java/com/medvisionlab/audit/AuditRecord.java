package com.medvisionlab.audit;

import java.time.Instant;
import java.util.Optional;

/** A stored audit row as read back. {@code details} is the canonical JSON that was hashed. */
public record AuditRecord(long id, Instant occurredAt, String actor, String role, String action,
        Optional<String> targetType, Optional<String> targetId, Optional<String> clientAddress, String details,
        String prevHash, String hash) {
}
