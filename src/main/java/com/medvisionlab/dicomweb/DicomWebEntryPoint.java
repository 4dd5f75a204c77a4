package com.medvisionlab.dicomweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * No or wrong credentials: 401 with both challenges, never a redirect to the sign-in page (machine clients cannot
 * follow it).
 */
final class DicomWebEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "MedVision Lab DICOMweb";

    private final DicomWebMessages messages;

    DicomWebEntryPoint(DicomWebMessages messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.addHeader(
                "WWW-Authenticate",
                BearerTokenFilter.presentedToken(request).isPresent()
                        ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""
                        : "Bearer realm=\"" + REALM + "\"");
        messages.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "dicomweb.error.unauthorized");
    }
}
