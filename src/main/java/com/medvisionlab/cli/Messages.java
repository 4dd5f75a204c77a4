package com.medvisionlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The CLI's texts from the portal's {@code messages} bundle, in English or Simplified Chinese. Read with plain
 * {@link ResourceBundle} (the CLI never starts Spring) but the way the portal's provider reads them: UTF-8
 * properties, no fallback to the system locale, {@link MessageFormat} only when there are arguments.
 */
final class Messages {

    private static final String BUNDLE = "messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The language of {@link Locale#getDefault()}, which the JVM takes from LC_ALL / LANG on Linux. */
    static Messages forDefaultLocale() {
        return forLocale(Locale.getDefault());
    }

    /** Simplified Chinese for any Chinese locale, English otherwise (as the portal's SupportedLanguage does). */
    static Messages forLocale(Locale requested) {
        Locale supported = Locale.CHINESE.getLanguage().equals(requested.getLanguage())
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        return new Messages(
                ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(), new Utf8Properties()),
                supported);
    }

    Locale locale() {
        return locale;
    }

    String get(Text text) {
        return get(text.key(), text.args().toArray());
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // visible, so a missing key is noticed at once rather than printed blank (as in the portal)
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * Properties files read as UTF-8; only the files that exist are looked for ({@code messages_zh_CN}, then
     * {@code messages}): each miss would search every jar of the class path, which costs most of a second.
     */
    private static final class Utf8Properties extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return locale.equals(Locale.SIMPLIFIED_CHINESE) ? List.of(locale, Locale.ROOT) : List.of(Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(
                String baseName, Locale locale, String format, ClassLoader loader, boolean reload) throws IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            try (InputStream in = loader.getResourceAsStream(resource)) {
                return in == null
                        ? null
                        : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }
}
