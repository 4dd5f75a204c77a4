package com.medvisionlab.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language and terminal encoding the user asked for. Normally the JVM's default locale, which it takes from
 * LC_ALL / LC_MESSAGES / LANG; but when that locale is not installed (containers often have only C.UTF-8) the JVM
 * silently falls back to English and ASCII, and {@code LANG=zh_CN.UTF-8} would be ignored. So when the JVM says
 * English, the environment is read here too, the POSIX way.
 *
 * @param terminalEncoding the encoding the environment names, when it names UTF-8
 */
record SystemLocale(Locale locale, Optional<Charset> terminalEncoding) {

    private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    static SystemLocale current() {
        return of(Locale.getDefault(), System.getenv());
    }

    static SystemLocale of(Locale jvmDefault, Map<String, String> environment) {
        Optional<String> posix = posixLocale(environment);
        Locale locale = jvmDefault;
        Optional<Charset> encoding = Optional.empty();
        if (posix.isPresent()) {
            String name = posix.get();
            String language = language(name);
            if (jvmDefault.getLanguage().equals(Locale.ENGLISH.getLanguage())
                    && language.length() >= 2
                    && language.equals(language.toLowerCase(Locale.ROOT))) {
                locale = Locale.of(language);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains(".utf-8") || lower.contains(".utf8")) {
                encoding = Optional.of(StandardCharsets.UTF_8);
            }
        }
        return new SystemLocale(locale, encoding);
    }

    /**
     * The encoding to write to {@code stream} in: the JVM's choice, unless the JVM fell back to ASCII for an
     * uninstalled locale whose name says UTF-8.
     */
    Charset encodingOf(PrintStream stream) {
        Charset chosen = stream.charset();
        return chosen.equals(StandardCharsets.US_ASCII) ? terminalEncoding.orElse(chosen) : chosen;
    }

    /** The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty, as POSIX resolves message locales. */
    private static Optional<String> posixLocale(Map<String, String> environment) {
        for (String variable : LOCALE_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    /** {@code zh} of {@code zh_CN.UTF-8@variant}; {@code C} and {@code POSIX} stay as they are. */
    private static String language(String posixName) {
        int end = posixName.length();
        for (int i = 0; i < posixName.length(); i++) {
            char c = posixName.charAt(i);
            if (c == '_' || c == '.' || c == '@') {
                end = i;
                break;
            }
        }
        return posixName.substring(0, end);
    }
}
