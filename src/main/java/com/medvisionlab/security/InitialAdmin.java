package com.medvisionlab.security;

import com.medvisionlab.base.AuditableEvent;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start (no accounts at all) creates the RESEARCHER {@code admin}. Its one-time password comes from
 * {@code MEDVISION_ADMIN_PASSWORD} or is generated and printed once; either way it must be changed at first sign-in,
 * unless {@code MEDVISION_ADMIN_PASSWORD_PERMANENT=true} keeps a configured one: for automation (benchmarks, scripted
 * installs) that talks HTTP Basic to DICOMweb and cannot change a password in the UI first.
 */
@Component
@Transactional
class InitialAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String configuredPassword;
    private final boolean permanent;

    InitialAdmin(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${medvision.admin.initial-password:}") String configuredPassword,
            @Value("${medvision.admin.initial-password-permanent:false}") boolean permanent) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
        this.configuredPassword = configuredPassword;
        this.permanent = permanent;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        var password = generated ? OneTimePassword.generate().value() : configuredPassword;
        var admin = AppUser.create(USERNAME, passwordEncoder.encode(password), Role.RESEARCHER, clock.instant());
        // a generated password was printed to the log, so it is always one-time
        boolean keep = permanent && !generated;
        users.save(keep ? admin.withPassword(admin.passwordHash(), false) : admin);
        events.publishEvent(AuditableEvent.of(UserAuditAction.USER_CREATED)
                .target(UserAuditAction.TARGET_TYPE, USERNAME)
                .detail("role", Role.RESEARCHER.name())
                .detail("reason", "first start")
                .detail("password", keep ? "permanent" : "one-time")
                .actedBy("system"));
        if (generated) {
            // Printed once, on purpose: the only way to learn the first password when none was configured.
            log.warn(
                    "First start: created RESEARCHER '{}' with one-time password: {}  (change it at first sign-in)",
                    USERNAME,
                    password);
        } else if (keep) {
            log.warn(
                    "First start: created RESEARCHER '{}' with the password from MEDVISION_ADMIN_PASSWORD, kept as is"
                            + " (MEDVISION_ADMIN_PASSWORD_PERMANENT)",
                    USERNAME);
        } else {
            log.warn(
                    "First start: created RESEARCHER '{}' with the password from MEDVISION_ADMIN_PASSWORD"
                            + " (change it at first sign-in)",
                    USERNAME);
        }
    }
}
