package com.medvisionlab.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages. Every user-facing string exists in each of them. */
public enum SupportedLanguage {
    ENGLISH(Locale.ENGLISH),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    SupportedLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(SupportedLanguage::locale).toList();
    }

    /** The supported language closest to {@code requested} (by language code), English otherwise. */
    public static SupportedLanguage closestTo(Locale requested) {
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** Parses a stored language tag such as {@code zh-CN}; empty for anything unsupported. */
    public static Optional<SupportedLanguage> fromTag(String tag) {
        var locale = Locale.forLanguageTag(tag);
        return Arrays.stream(values()).filter(l -> l.locale.equals(locale)).findFirst();
    }

    public String tag() {
        return locale.toLanguageTag();
    }
}
