package com.medvisionlab.apitoken;

import com.medvisionlab.base.AuditableEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits, shown once as {@code mvl_<base64url>}; only their SHA-256 is stored. A token
 * acts with its owner's current role, and stops working when it expires, is revoked, or the account is disabled or
 * locked.
 */
@Service
@Transactional
public class ApiTokenService {

    static final String PREFIX = "mvl_";
    static final int MAX_DAYS = 365;
    static final int MAX_NAME_LENGTH = 100;
    /** Last-use times are coarse on purpose: one write per token per minute, not one per request. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserDetailsService users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(
            ApiTokenRepository tokens, UserDetailsService users, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /** Creates a token for the signed-in user, valid for {@code days} days (1 to {@value #MAX_DAYS}). */
    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name, int days) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new ApiTokenException("tokens.error.name");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new ApiTokenException("tokens.error.days");
        }
        var secret = newSecret();
        var now = clock.instant();
        var saved = tokens.save(new ApiToken(
                null, currentUser(), trimmed, sha256(secret), now, now.plus(Duration.ofDays(days)), null, null));
        events.publishEvent(AuditableEvent.of(ApiTokenAuditAction.API_TOKEN_CREATED)
                .target(ApiTokenAuditAction.TARGET_TYPE, String.valueOf(saved.id()))
                .detail("days", String.valueOf(days)));
        return new CreatedToken(saved.summary(now), secret);
    }

    /** The signed-in user's tokens, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TokenSummary> mine() {
        var now = clock.instant();
        return tokens.findAllByUsernameOrderByCreatedAtDesc(currentUser()).stream()
                .map(token -> token.summary(now))
                .toList();
    }

    /** Revokes one of the signed-in user's own tokens; revoking twice changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long id) {
        var token = tokens.findById(id)
                .filter(t -> t.username().equals(currentUser()))
                .orElseThrow(() -> new ApiTokenException("tokens.error.unknown"));
        if (token.revokedAt() != null) {
            return;
        }
        tokens.save(token.revokedAt(clock.instant()));
        events.publishEvent(AuditableEvent.of(ApiTokenAuditAction.API_TOKEN_REVOKED)
                .target(ApiTokenAuditAction.TARGET_TYPE, String.valueOf(id)));
    }

    /**
     * The owner's authentication for a presented token, or empty when the token is unknown, expired, revoked, or its
     * owner is disabled, locked or gone. Records the time of use.
     */
    public Optional<Authentication> authenticate(String presented) {
        if (!presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var hash = sha256(presented);
        var now = clock.instant();
        var token = tokens.findByTokenHash(hash)
                // the index found the row; compare again in constant time so timing tells nothing more
                .filter(t -> MessageDigest.isEqual(
                        t.tokenHash().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(t -> t.usableAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        UserDetails owner;
        try {
            owner = users.loadUserByUsername(token.get().username());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!owner.isEnabled() || !owner.isAccountNonLocked()) {
            return Optional.empty();
        }
        var lastUsed = token.get().lastUsedAt();
        if (lastUsed == null || lastUsed.plus(LAST_USE_RESOLUTION).isBefore(now)) {
            tokens.save(token.get().usedAt(now));
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
    }

    private static String currentUser() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null) {
            throw new ApiTokenException("tokens.error.unknown");
        }
        return who.getName();
    }

    private static String newSecret() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
