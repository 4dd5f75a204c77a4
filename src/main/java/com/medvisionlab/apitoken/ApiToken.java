package com.medvisionlab.apitoken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A token row: its owner, name, the SHA-256 of the secret (hex) and its life. */
@Table("api_token")
record ApiToken(
        @Id @Nullable Long id,
        String username,
        String name,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    ApiToken usedAt(Instant now) {
        return new ApiToken(id, username, name, tokenHash, createdAt, expiresAt, now, revokedAt);
    }

    ApiToken revokedAt(Instant now) {
        return new ApiToken(id, username, name, tokenHash, createdAt, expiresAt, lastUsedAt, now);
    }

    TokenSummary summary(Instant now) {
        return new TokenSummary(
                id == null ? -1 : id,
                name,
                createdAt,
                expiresAt,
                java.util.Optional.ofNullable(lastUsedAt),
                java.util.Optional.ofNullable(revokedAt),
                usableAt(now));
    }
}
