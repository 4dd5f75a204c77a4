package com.medvisionlab.apitoken;

import java.time.Instant;
import java.util.Optional;

/**
 * What the owner sees of a token (never the secret).
 *
 * @param active neither revoked nor expired
 */
public record TokenSummary(
        long id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt,
        boolean active) {}
