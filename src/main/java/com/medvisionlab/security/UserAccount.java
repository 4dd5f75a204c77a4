package com.medvisionlab.security;

import java.time.Instant;
import java.util.Optional;

/** What the UI may know about an account (never the password hash). */
public record UserAccount(String username, Role role, boolean enabled, boolean mustChangePassword,
        Optional<Instant> lockedUntil, Instant createdAt) {
}
