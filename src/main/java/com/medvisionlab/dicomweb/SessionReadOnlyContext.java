package com.medvisionlab.dicomweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The portal's signed-in browser session as a DICOMweb credential, for reading only: a GET or HEAD request takes the
 * security context the sign-in stored in the existing HTTP session (so the viewer on a student's page reads as that
 * student, not as a guest). Nothing here creates or writes a session, and other methods (STOW's POST) never see the
 * session's user: they need Basic or a token, so a cross-site form cannot store anything in a user's name.
 */
final class SessionReadOnlyContext implements SecurityContextRepository {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    SessionReadOnlyContext() {
        session.setAllowSessionCreation(false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (!READS.contains(request.getMethod())) {
            return new Empty();
        }
        var stored = session.loadDeferredContext(request);
        if (!stored.isGenerated() && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // the audit row says how the reader was known (Basic or a token replace the session's user otherwise)
            request.setAttribute(DicomWebAuditFilter.CREDENTIAL, "session");
        }
        return stored;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(
            org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
        return loadDeferredContext(requestResponseHolder.getRequest()).get();
    }

    /** Read-only: the chain's own authentications (Basic, token) stay with the request. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {}

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return READS.contains(request.getMethod()) && session.containsContext(request);
    }

    private static final class Empty implements DeferredSecurityContext {
        private final Supplier<SecurityContext> empty =
                () -> SecurityContextHolder.getContextHolderStrategy().createEmptyContext();

        @Override
        public SecurityContext get() {
            return empty.get();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
