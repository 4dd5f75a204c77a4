package com.medvisionlab.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the UI may know about an account (never the password hash). {@code lockedUntil} is null when never locked. */
public record UserAccount(
        String username,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lockedUntil,
        Instant createdAt) {}
