package com.medvisionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.base.JdbcSliceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The account table through Spring Data JDBC. */
@JdbcSliceTest
class AppUserRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Autowired
    AppUserRepository users;

    @Test
    void a_saved_account_is_found_by_its_username_with_every_column() {
        var name = unique("ann");
        var lockedUntil = NOW.plus(1, ChronoUnit.HOURS);
        users.save(AppUser.create(name, "{bcrypt}hash", Role.STUDENT, NOW)
                .withFailedAttempts(5, lockedUntil)
                .withPreferredLocale("zh-CN"));

        var found = users.findByUsername(name).orElseThrow();

        assertThat(found.id()).isNotNull();
        assertThat(found.role()).isEqualTo(Role.STUDENT);
        assertThat(found.mustChangePassword()).isTrue();
        assertThat(found.failedAttempts()).isEqualTo(5);
        assertThat(found.lockedUntil()).isEqualTo(lockedUntil);
        assertThat(found.preferredLocale()).isEqualTo("zh-CN");
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void nullable_columns_read_back_as_null() {
        var name = unique("bob");
        users.save(AppUser.create(name, "{bcrypt}hash", Role.RESEARCHER, NOW));

        var found = users.findByUsername(name).orElseThrow();

        assertThat(found.lockedUntil()).isNull();
        assertThat(found.preferredLocale()).isNull();
        assertThat(found.toAccount().lockedUntil()).isNull();
    }

    @Test
    void an_unknown_username_finds_nothing() {
        assertThat(users.findByUsername(unique("nobody"))).isEmpty();
    }

    @Test
    void accounts_are_listed_by_username() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        users.save(AppUser.create("zz-" + suffix, "h", Role.STUDENT, NOW));
        users.save(AppUser.create("aa-" + suffix, "h", Role.STUDENT, NOW));

        var names = users.findAllByOrderByUsername().stream()
                .map(AppUser::username)
                .filter(name -> name.endsWith(suffix))
                .toList();

        assertThat(names).containsExactly("aa-" + suffix, "zz-" + suffix);
    }

    @Test
    void a_second_account_with_the_same_username_is_rejected_by_the_database() {
        var name = unique("twin");
        users.save(AppUser.create(name, "h", Role.STUDENT, NOW));

        assertThatThrownBy(() -> users.save(AppUser.create(name, "h", Role.RESEARCHER, NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** The PostgreSQL test database is shared between runs. */
    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
