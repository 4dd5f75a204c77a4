package com.medvisionlab.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored audit row as read back. {@code details} is the canonical JSON that was hashed; the nullable values are the
 * nullable columns. {@code action} is a string, not an {@code AuditableAction}: old rows keep actions that may since
 * have been retired.
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String role,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String clientAddress,
        String details,
        String prevHash,
        String hash) {}
