package com.medvisionlab.security;

import com.medvisionlab.base.AuditableEvent;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@value #FREE_ATTEMPTS} wrong passwords in a row: 1 minute after the 5th, doubling with
 * each further failure up to an hour. A successful sign-in resets the count.
 */
@Component
@Transactional
class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final AppUserRepository users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(AppUserRepository users, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    static Duration lockFor(int failedAttempts) {
        if (failedAttempts < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - FREE_ATTEMPTS, 6);
        var lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    @EventListener
    void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            int attempts = user.failedAttempts() + 1;
            var lock = lockFor(attempts);
            if (lock.isZero()) {
                users.save(user.withFailedAttempts(attempts, null));
                return;
            }
            var until = clock.instant().plus(lock);
            users.save(user.withFailedAttempts(attempts, until));
            events.publishEvent(AuditableEvent.of(UserAuditAction.ACCOUNT_LOCKED)
                    .target(UserAuditAction.TARGET_TYPE, user.username())
                    .detail("failedAttempts", Integer.toString(attempts))
                    .detail("lockedUntil", until.toString())
                    .actedBy(user.username()));
        });
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .filter(user -> user.failedAttempts() > 0 || user.lockedUntil() != null)
                .ifPresent(user -> users.save(user.withFailedAttempts(0, null)));
    }
}
