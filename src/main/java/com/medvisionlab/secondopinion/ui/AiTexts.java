package com.medvisionlab.secondopinion.ui;

import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.base.ui.DateTimes;
import com.vaadin.flow.component.Component;
import java.time.Instant;

/** Wording the two pages share. */
final class AiTexts {

    private AiTexts() {}

    static String language(Component where, SupportedLanguage language) {
        return where.getTranslation("ai.language." + language.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A scope value, or "any" where it is empty. */
    static String orAny(Component where, String value) {
        return value.isEmpty() ? where.getTranslation("ai.prompts.any") : value;
    }

    static String time(Component where, Instant instant) {
        return DateTimes.shortDateTime(
                instant,
                where.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.ENGLISH));
    }
}
