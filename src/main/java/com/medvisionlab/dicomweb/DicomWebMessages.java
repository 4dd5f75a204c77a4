package com.medvisionlab.dicomweb;

import com.medvisionlab.base.SupportedLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Plain-text error bodies in the client's language (Accept-Language), for machine clients and their users. */
final class DicomWebMessages {

    private final MessageSource messages;

    DicomWebMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(HttpServletRequest request, String key, Object... arguments) {
        Locale locale = SupportedLanguage.closestTo(request.getLocale()).locale();
        return messages.getMessage(key, arguments, locale);
    }

    void send(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text(request, key).getBytes(StandardCharsets.UTF_8));
    }
}
