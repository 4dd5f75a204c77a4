package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Path CLI_SOURCES = Path.of("src/main/java/com/medvisionlab/cli");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(cli\\.[a-z0-9.-]+)\"");

    @Test
    void chinese_locales_read_the_utf8_chinese_file_and_others_the_english_one() {
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("cli.usage.options"))
                .isEqualTo("选项：");
        assertThat(Messages.forLocale(Locale.TRADITIONAL_CHINESE).get("cli.usage.options"))
                .isEqualTo("选项：");
        assertThat(Messages.forLocale(Locale.GERMANY).get("cli.usage.options")).isEqualTo("Options:");
        assertThat(Messages.forLocale(Locale.ROOT).get("cli.usage.options")).isEqualTo("Options:");
    }

    @Test
    void arguments_are_formatted_and_a_missing_key_is_visible() {
        Messages english = Messages.forLocale(Locale.ENGLISH);

        assertThat(english.get("cli.error.unknown-option", "--x")).isEqualTo("unknown option '--x'");
        assertThat(english.get("cli.deid.progress", 1000, 1200)).isEqualTo("de-identifying 1000/1200");
        assertThat(english.get("cli.no.such.key")).isEqualTo("!cli.no.such.key!");
    }

    @Test
    void every_cli_key_in_the_code_exists_in_the_english_bundle() throws IOException {
        Properties english = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(CLI_SOURCES)) {
            for (Path file : files.toList()) {
                Matcher keys = KEY_LITERAL.matcher(Files.readString(file));
                while (keys.find()) {
                    if (!english.containsKey(keys.group(1))) {
                        missing.add(file.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_usage_text_resolves_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = Messages.forLocale(locale);
            assertThat(RootCommand.usage(messages)).doesNotContain("!cli.");
            for (Command command : RootCommand.commands()) {
                assertThat(Usage.of(command.spec(), messages))
                        .as(command.spec().name())
                        .doesNotContain("!cli.");
            }
        }
    }
}
