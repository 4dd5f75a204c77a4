package com.medvisionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.MutableClock;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.base.JdbcSliceTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@link UserService} with its repository and the real audit listener, without the web, Vaadin or method security
 * (who may call it is {@code AccessMatrixTest}'s business). Each test is rolled back.
 */
@JdbcSliceTest
@Import(UserService.class)
class UserServiceTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @TestConfiguration
    @ComponentScan(basePackageClasses = AuditService.class)
    static class Collaborators {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }

    @Autowired
    UserService service;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_created_user_is_stored_with_its_audit_row() {
        var name = unique();

        var password = service.createUser(name, Role.STUDENT);

        var stored = users.findByUsername(name).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.STUDENT);
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.passwordHash()).doesNotContain(password.value());
        assertThat(auditRowsAbout(name)).containsExactly("USER_CREATED");
    }

    @Test
    void a_user_with_a_taken_name_is_rejected_and_nothing_is_stored() {
        var name = unique();
        service.createUser(name, Role.STUDENT);
        long accounts = users.count();
        long auditRows = auditRows();

        assertThatThrownBy(() -> service.createUser(name, Role.RESEARCHER))
                .isInstanceOf(UserManagementException.class)
                .hasMessage("users.error.username-taken");

        assertThat(users.count()).isEqualTo(accounts);
        assertThat(users.findByUsername(name).orElseThrow().role()).isEqualTo(Role.STUDENT);
        assertThat(auditRows()).isEqualTo(auditRows);
        assertThat(auditRowsAbout(name)).containsExactly("USER_CREATED");
    }

    @Test
    void a_user_with_an_invalid_name_is_rejected_and_nothing_is_stored() {
        long accounts = users.count();
        long auditRows = auditRows();

        assertThatThrownBy(() -> service.createUser("No Spaces Or Capitals", Role.STUDENT))
                .isInstanceOf(UserManagementException.class)
                .hasMessage("users.error.username-invalid");

        assertThat(users.count()).isEqualTo(accounts);
        assertThat(auditRows()).isEqualTo(auditRows);
    }

    private long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    }

    private java.util.List<String> auditRowsAbout(String username) {
        return jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'app_user' AND target_id = :u ORDER BY id")
                .param("u", username)
                .query(String.class)
                .list();
    }

    /** The PostgreSQL test database is shared between runs. */
    private static String unique() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
