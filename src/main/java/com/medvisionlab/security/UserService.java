package com.medvisionlab.security;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.base.PreferredLanguages;
import com.medvisionlab.base.SupportedLanguage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: created, disabled, reset and re-roled by researchers; passwords changed by their owners. */
@Service
@Transactional
public class UserService implements PreferredLanguages {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(
            AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Transactional(readOnly = true)
    public List<UserAccount> listUsers() {
        return users.findAllByOrderByUsername().stream().map(AppUser::toAccount).toList();
    }

    /** Creates an enabled account whose one-time password must be changed at first sign-in. */
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    public OneTimePassword createUser(String username, Role role) {
        var name = username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserManagementException("users.error.username-invalid");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new UserManagementException("users.error.username-taken");
        }
        var password = OneTimePassword.generate();
        users.save(AppUser.create(name, passwordEncoder.encode(password.value()), role, clock.instant()));
        audit(AuditableEvent.of(UserAuditAction.USER_CREATED)
                .target(UserAuditAction.TARGET_TYPE, name)
                .detail("role", role.name()));
        return password;
    }

    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    public OneTimePassword resetPassword(String username) {
        var user = existing(username);
        var password = OneTimePassword.generate();
        users.save(user.withPassword(passwordEncoder.encode(password.value()), true));
        audit(AuditableEvent.of(UserAuditAction.USER_PASSWORD_RESET).target(UserAuditAction.TARGET_TYPE, username));
        return password;
    }

    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    public void changeRole(String username, Role role) {
        var user = existing(username);
        users.save(user.withRole(role));
        audit(AuditableEvent.of(UserAuditAction.USER_ROLE_CHANGED)
                .target(UserAuditAction.TARGET_TYPE, username)
                .detail("from", user.role().name())
                .detail("to", role.name()));
    }

    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    public void disable(String username) {
        users.save(existing(username).withEnabled(false));
        audit(AuditableEvent.of(UserAuditAction.USER_DISABLED).target(UserAuditAction.TARGET_TYPE, username));
    }

    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    public void enable(String username) {
        users.save(existing(username).withEnabled(true).withFailedAttempts(0, null));
        audit(AuditableEvent.of(UserAuditAction.USER_ENABLED).target(UserAuditAction.TARGET_TYPE, username));
    }

    /** The signed-in user replaces their password; the current one must be given. */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        var user = existing(username);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new UserManagementException("password.error.current-wrong");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserManagementException("password.error.too-short");
        }
        if (newPassword.equals(currentPassword)) {
            throw new UserManagementException("password.error.unchanged");
        }
        users.save(user.withPassword(passwordEncoder.encode(newPassword), false));
        audit(AuditableEvent.of(UserAuditAction.PASSWORD_CHANGED).target(UserAuditAction.TARGET_TYPE, username));
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(AppUser::mustChangePassword).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupportedLanguage> of(String username) {
        return users.findByUsername(username)
                .flatMap(user -> Optional.ofNullable(user.preferredLocale()))
                .flatMap(SupportedLanguage::fromTag);
    }

    @Override
    public void remember(String username, SupportedLanguage language) {
        users.findByUsername(username).ifPresent(user -> users.save(user.withPreferredLocale(language.tag())));
    }

    private AppUser existing(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UserManagementException("users.error.unknown"));
    }

    private void audit(AuditableEvent event) {
        events.publishEvent(event);
    }
}
