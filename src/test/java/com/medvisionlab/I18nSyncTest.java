package com.medvisionlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, every value is filled, and views take their text from the bundles. */
class I18nSyncTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Constructors and setters that put text on screen, called with a string literal. */
    private static final Pattern LITERAL_UI_TEXT = Pattern.compile(
            "new (Button|Span|H[1-6]|Paragraph|RouterLink|TextField|PasswordField|Checkbox|Notification|"
                    + "SideNavItem|Tab|Details|NativeLabel)\\(\\s*\"[^\"]*[A-Za-z\\p{IsHan}]"
                    + "|\\.(setText|setHeader|setLabel|setTitle|setPlaceholder|setHelperText|setErrorMessage|"
                    + "setHeaderTitle|setAriaLabel|show)\\(\\s*\"[^\"]*[A-Za-z\\p{IsHan}]"
                    // An anchor's first argument is its address; its text is the second.
                    + "|new Anchor\\([^,()]+,\\s*\"[^\"]*[A-Za-z\\p{IsHan}]");

    private static final Pattern TRANSLATION_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = I18nSyncTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void english_and_chinese_have_the_same_keys() throws IOException {
        var english = load("messages.properties").stringPropertyNames();
        var chinese = load("messages_zh_CN.properties").stringPropertyNames();
        assertThat(new TreeSet<>(chinese)).as("keys in zh_CN").isEqualTo(new TreeSet<>(english));
    }

    @Test
    void no_translation_is_empty_and_every_pattern_parses() throws IOException {
        for (var file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            var properties = load(file);
            for (var key : properties.stringPropertyNames()) {
                var value = properties.getProperty(key);
                assertThat(value).as("%s in %s", key, file).isNotBlank();
                if (value.contains("{0")) {
                    new MessageFormat(value);
                }
            }
        }
    }

    @Test
    void chinese_texts_are_actually_chinese() throws IOException {
        var chinese = load("messages_zh_CN.properties");
        // Names of languages and pure symbols are the same in both files on purpose.
        var sameByDesign = Set.of("language.ENGLISH", "language.SIMPLIFIED_CHINESE", "audit.id");
        var han = Pattern.compile("\\p{IsHan}");
        for (var key : chinese.stringPropertyNames()) {
            if (!sameByDesign.contains(key)) {
                assertThat(han.matcher(chinese.getProperty(key)).find())
                        .as("zh_CN %s has Chinese text", key)
                        .isTrue();
            }
        }
    }

    @Test
    void views_use_no_literal_user_facing_text() throws IOException {
        var offenders = new TreeSet<String>();
        for (var file : javaSources()) {
            var text = Files.readString(file);
            var matcher = LITERAL_UI_TEXT.matcher(text);
            while (matcher.find()) {
                offenders.add(SOURCES.relativize(file) + ": " + matcher.group());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        for (var file : javaSources()) {
            var text = Files.readString(file);
            for (var pattern : new Pattern[] {TRANSLATION_KEY, MENU_TITLE}) {
                var matcher = pattern.matcher(text);
                while (matcher.find()) {
                    var key = matcher.group(1);
                    // Keys built by concatenation end with a dot ("language." + name); check the prefix exists.
                    boolean known =
                            key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                    if (!known) {
                        missing.add(SOURCES.relativize(file) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static java.util.List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // The command line takes its texts from the bundle through its own Messages (MessagesTest checks its keys).
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/medvisionlab/cli/"))
                    .toList();
        }
    }
}
