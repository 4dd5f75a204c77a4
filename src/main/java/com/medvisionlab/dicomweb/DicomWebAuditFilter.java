package com.medvisionlab.dicomweb;

import com.medvisionlab.base.AuditableEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits every DICOMweb request once it is answered, refused ones included: who (the audit trail stamps the
 * authenticated user or guest), route kind, study UID and HTTP status. Query parameters are never recorded.
 */
final class DicomWebAuditFilter extends OncePerRequestFilter {

    /** Request attribute naming how the caller authenticated ({@code basic}, {@code token}); absent for guests. */
    static final String CREDENTIAL = DicomWebAuditFilter.class.getName() + ".credential";
    /** Request attribute a handler may set with a summary such as STOW counts. */
    static final String OUTCOME = DicomWebAuditFilter.class.getName() + ".outcome";

    private final ApplicationEventPublisher events;

    DicomWebAuditFilter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            var route = DicomWebRoute.of(
                    request.getMethod(),
                    request.getRequestURI().substring(request.getContextPath().length()));
            var event = AuditableEvent.of(route.action())
                    .detail("kind", route.kind())
                    .detail("status", String.valueOf(response.getStatus()))
                    .detail("credential", credential(request));
            if (request.getAttribute(OUTCOME) instanceof String outcome) {
                event = event.detail("outcome", outcome);
            }
            if (route.studyInstanceUid().isPresent()) {
                event = event.target(
                        DicomWebAuditAction.TARGET_TYPE,
                        route.studyInstanceUid().get());
            }
            if (SecurityContextHolder.getContext().getAuthentication() == null) {
                // refused before anyone was known (e.g. a revoked token): a guest, not the system
                event = event.actedBy("guest");
            }
            events.publishEvent(event);
        }
    }

    private static String credential(HttpServletRequest request) {
        if (request.getAttribute(CREDENTIAL) instanceof String credential) {
            return credential;
        }
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who != null
                        && who.isAuthenticated()
                        && !(who instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                ? "basic"
                : "none";
    }
}
