package com.medvisionlab.dicomweb;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account that still holds a one-time password may do nothing over DICOMweb: 403 with a text that says to change
 * the password in the portal first (the right password alone must not bypass the forced change of the UI).
 */
final class PasswordChangePendingFilter extends OncePerRequestFilter {

    /** Whether a user name still holds a one-time password (the user service). */
    private final Predicate<String> mustChangePassword;

    private final DicomWebMessages messages;

    PasswordChangePendingFilter(Predicate<String> mustChangePassword, DicomWebMessages messages) {
        this.mustChangePassword = mustChangePassword;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null
                && who.isAuthenticated()
                && !(who instanceof AnonymousAuthenticationToken)
                && mustChangePassword.test(who.getName())) {
            messages.send(request, response, HttpServletResponse.SC_FORBIDDEN, "dicomweb.error.must-change-password");
            return;
        }
        chain.doFilter(request, response);
    }
}
