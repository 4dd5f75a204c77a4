package com.medvisionlab.dicomweb;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <personal API token>}: the token's owner, or 401 for a token that does not work. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    /** A presented token to its owner's authentication (the token service), empty when it does not work. */
    private final Function<String, Optional<Authentication>> tokens;

    private final DicomWebEntryPoint entryPoint;

    BearerTokenFilter(Function<String, Optional<Authentication>> tokens, DicomWebEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    static Optional<String> presentedToken(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? Optional.of(header.substring(BEARER.length()).strip())
                : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var presented = presentedToken(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var owner = tokens.apply(presented.get());
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown, expired or revoked token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(owner.get());
        SecurityContextHolder.setContext(context);
        request.setAttribute(DicomWebAuditFilter.CREDENTIAL, "token");
        chain.doFilter(request, response);
    }
}
