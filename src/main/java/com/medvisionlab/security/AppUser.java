package com.medvisionlab.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A local account row. Immutable; changes go through the {@code with...} methods and are saved by the service. */
@Table("app_user")
record AppUser(
        @Id @Nullable Long id,
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        @Nullable String preferredLocale,
        Instant createdAt) {

    static AppUser create(String username, String passwordHash, Role role, Instant now) {
        return new AppUser(null, username, passwordHash, role, true, true, 0, null, null, now);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    AppUser withPassword(String hash, boolean mustChange) {
        return new AppUser(id, username, hash, role, enabled, mustChange, 0, null, preferredLocale, createdAt);
    }

    AppUser withRole(Role newRole) {
        return new AppUser(
                id,
                username,
                passwordHash,
                newRole,
                enabled,
                mustChangePassword,
                failedAttempts,
                lockedUntil,
                preferredLocale,
                createdAt);
    }

    AppUser withEnabled(boolean isEnabled) {
        return new AppUser(
                id,
                username,
                passwordHash,
                role,
                isEnabled,
                mustChangePassword,
                failedAttempts,
                lockedUntil,
                preferredLocale,
                createdAt);
    }

    AppUser withFailedAttempts(int attempts, @Nullable Instant until) {
        return new AppUser(
                id,
                username,
                passwordHash,
                role,
                enabled,
                mustChangePassword,
                attempts,
                until,
                preferredLocale,
                createdAt);
    }

    AppUser withPreferredLocale(String tag) {
        return new AppUser(
                id,
                username,
                passwordHash,
                role,
                enabled,
                mustChangePassword,
                failedAttempts,
                lockedUntil,
                tag,
                createdAt);
    }

    UserAccount toAccount() {
        return new UserAccount(username, role, enabled, mustChangePassword, lockedUntil, createdAt);
    }
}
