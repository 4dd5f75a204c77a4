package com.medvisionlab.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin translations from {@code messages.properties} / {@code messages_zh_CN.properties} (UTF-8). */
@Component
class MessagesI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(MessagesI18NProvider.class);

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLanguage.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = SupportedLanguage.closestTo(locale);
        try {
            return messages.getMessage(key, params, language.locale());
        } catch (NoSuchMessageException missing) {
            // Visible in the UI and the log, so a missing key is found quickly rather than shown blank.
            log.warn("Missing translation key '{}' for {}", key, language);
            return "!" + key + "!";
        }
    }
}
