package com.medvisionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import com.medvisionlab.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class SignInTest {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        }
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MutableClock clock;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void the_test_clock_is_the_one_the_portal_uses() {
        assertThat(context.getBean(Clock.class)).isSameAs(clock);
    }

    @Test
    void a_successful_sign_in_is_audited_without_the_password() throws Exception {
        var student = testUsers.create(Role.STUDENT);

        mvc.perform(formLogin("/login").user(student).password(TestUsers.PASSWORD))
                .andExpect(authenticated());

        assertThat(auditActions(student)).containsExactly("SIGN_IN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE details LIKE :p OR target_id LIKE :p")
                        .param("p", "%" + TestUsers.PASSWORD + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_wrong_password_is_audited_as_a_failed_sign_in() throws Exception {
        var student = testUsers.create(Role.STUDENT);

        mvc.perform(formLogin("/login").user(student).password("wrong-password"))
                .andExpect(unauthenticated());

        assertThat(auditActions(student)).containsExactly("SIGN_IN_FAILED");
        assertThat(users.findByUsername(student).orElseThrow().failedAttempts()).isEqualTo(1);
    }

    @Test
    void five_wrong_passwords_lock_the_account_until_the_lock_expires() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            mvc.perform(formLogin("/login").user(researcher).password("guess-" + i))
                    .andExpect(unauthenticated());
        }

        // Locked: even the right password is refused now.
        mvc.perform(formLogin("/login").user(researcher).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(59));
        mvc.perform(formLogin("/login").user(researcher).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());

        clock.advance(Duration.ofSeconds(2));
        mvc.perform(formLogin("/login").user(researcher).password(TestUsers.PASSWORD))
                .andExpect(authenticated());

        assertThat(auditActions(researcher))
                .containsExactly(
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "ACCOUNT_LOCKED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN");
        var reasons = jdbc.sql(
                        "SELECT details FROM audit_event WHERE actor = :a AND action = 'SIGN_IN_FAILED' ORDER BY id")
                .param("a", researcher)
                .query(String.class)
                .list();
        assertThat(reasons.getLast()).contains("LockedException");
        assertThat(users.findByUsername(researcher).orElseThrow().failedAttempts())
                .isZero();
    }

    @Test
    void each_failure_after_the_fifth_doubles_the_lock_up_to_an_hour() {
        assertThat(SignInThrottle.lockFor(4)).isZero();
        assertThat(SignInThrottle.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.lockFor(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SignInThrottle.lockFor(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_disabled_account_cannot_sign_in() throws Exception {
        var student = testUsers.create(Role.STUDENT);
        users.save(users.findByUsername(student).orElseThrow().withEnabled(false));

        mvc.perform(formLogin("/login").user(student).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());
    }

    private List<String> auditActions(String actor) {
        return jdbc.sql("SELECT action FROM audit_event WHERE actor = :actor ORDER BY id")
                .param("actor", actor)
                .query(String.class)
                .list();
    }
}
