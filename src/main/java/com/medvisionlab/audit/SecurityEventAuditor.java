package com.medvisionlab.audit;

import com.medvisionlab.base.AccessAuditAction;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Turns Spring Security's events into audit rows: sign-in, failed sign-in, sign-out, denied access. */
@Component
class SecurityEventAuditor {

    private final AuditService audit;

    SecurityEventAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var who = event.getAuthentication();
        audit.record(new AuditEntry(
                who.getName(),
                AuditService.roleOf(who),
                SignInAuditAction.SIGN_IN.name(),
                null,
                null,
                address(who),
                Map.of()));
    }

    /** The attempted username is recorded, the password never. */
    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        var who = event.getAuthentication();
        audit.record(new AuditEntry(
                who.getName(),
                "-",
                SignInAuditAction.SIGN_IN_FAILED.name(),
                null,
                null,
                address(who),
                Map.of("reason", event.getException().getClass().getSimpleName())));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        var who = event.getAuthentication();
        audit.record(new AuditEntry(
                who.getName(),
                AuditService.roleOf(who),
                SignInAuditAction.SIGN_OUT.name(),
                null,
                null,
                address(who),
                Map.of()));
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        var who = event.getAuthentication().get();
        audit.record(new AuditEntry(
                AuditService.actorOf(who),
                AuditService.roleOf(who),
                AccessAuditAction.ACCESS_DENIED.name(),
                targetType(event.getSource()),
                target(event.getSource()),
                AuditService.clientAddress(),
                Map.of()));
    }

    private static String targetType(Object source) {
        return source instanceof jakarta.servlet.http.HttpServletRequest ? "http" : "method";
    }

    private static String target(Object source) {
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        }
        return source.getClass().getSimpleName();
    }

    private static @Nullable String address(Authentication who) {
        if (who.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return AuditService.clientAddress();
    }
}
