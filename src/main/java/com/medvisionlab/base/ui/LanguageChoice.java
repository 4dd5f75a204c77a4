package com.medvisionlab.base.ui;

import com.medvisionlab.base.PreferredLanguages;
import com.medvisionlab.base.SupportedLanguage;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Which language a visitor sees: the signed-in user's stored choice, else the guest's cookie, else the
 * browser's language. A choice made with the {@link LanguageSwitcher} is stored in all three places.
 */
@SpringComponent
public class LanguageChoice {

    static final String COOKIE = "medvision-language";
    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private final ObjectProvider<PreferredLanguages> preferences;
    private final AuthenticationContext authentication;

    LanguageChoice(ObjectProvider<PreferredLanguages> preferences, AuthenticationContext authentication) {
        this.preferences = preferences;
        this.authentication = authentication;
    }

    SupportedLanguage resolve(VaadinRequest request) {
        return authentication
                .getPrincipalName()
                .flatMap(user -> preferences.stream().findFirst().flatMap(p -> p.of(user)))
                .or(() -> fromCookie(request))
                .orElseGet(() -> SupportedLanguage.closestTo(
                        request.getLocale() == null ? Locale.ENGLISH : request.getLocale()));
    }

    /** Applies a choice to the session, the visitor's cookie and, when signed in, the user's row. */
    void choose(SupportedLanguage language) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            var cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath("/");
            cookie.setMaxAge(COOKIE_MAX_AGE);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        authentication.getPrincipalName().ifPresent(user -> preferences.ifAvailable(p -> p.remember(user, language)));
    }

    private static Optional<SupportedLanguage> fromCookie(VaadinRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SupportedLanguage.fromTag(cookie.getValue()));
    }
}
