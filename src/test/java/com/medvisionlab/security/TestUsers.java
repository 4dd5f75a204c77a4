package com.medvisionlab.security;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates ready-to-use accounts (known password, no forced change) for tests in any package. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    TestUsers(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** The refusal {@link UserService} throws, for tests of views that must explain it. */
    public static UserManagementException refusal(String messageKey) {
        return new UserManagementException(messageKey);
    }

    /** A unique username (the PostgreSQL test database is shared between runs). */
    public String create(Role role) {
        var username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var hash = passwordEncoder.encode(PASSWORD);
        var user = AppUser.create(username, hash, role, Instant.now()).withPassword(hash, false);
        users.save(user);
        return username;
    }
}
