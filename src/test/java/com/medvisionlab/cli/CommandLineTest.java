package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Help, version and the shape of usage errors, in English and Simplified Chinese. */
class CommandLineTest {

    private Locale saved;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void the_jar_answers_the_verbs_help_words_and_mistyped_commands_and_leaves_options_to_the_portal() {
        for (String word :
                new String[] {"dump", "render", "deid", "help", "--help", "-h", "--version", "-V", "frobnicate"}) {
            assertThat(CommandLine.handles(new String[] {word})).as(word).isTrue();
        }
        assertThat(CommandLine.handles(new String[0])).isFalse();
        assertThat(CommandLine.handles(new String[] {"--server.port=8081"})).isFalse();
    }

    @Test
    void an_unknown_command_is_a_usage_error_not_a_reason_to_start_the_portal() {
        assertThat(run("frobnicate", "x.dcm")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("error: unknown command 'frobnicate'\nUsage: medvision");
    }

    @Test
    void every_help_form_lists_the_commands_and_exits_0() {
        for (String form : new String[] {"help", "--help", "-h"}) {
            out.getBuffer().setLength(0);
            assertThat(run(form)).isZero();
            assertThat(out.toString()).startsWith("Usage: medvision").contains("  dump ", "  render ", "  deid ");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void help_for_a_verb_shows_its_options_either_way_round() {
        assertThat(run("help", "deid")).isZero();
        String viaHelp = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("deid", "--help")).isZero();

        assertThat(out.toString()).isEqualTo(viaHelp);
        assertThat(viaHelp)
                .startsWith("Usage: medvision deid")
                .contains(
                        "--preset teaching|basic",
                        "[--option NAME]...",
                        "(default: teaching)",
                        "$MEDVISION_DEID_SECRET_FILE",
                        "--scan-all-pixels");
    }

    @Test
    void version_is_printed_from_the_root_and_from_a_verb() {
        assertThat(run("--version")).isZero();
        assertThat(run("render", "-V")).isZero();
        assertThat(out.toString().lines()).containsExactly(RootCommand.VERSION, RootCommand.VERSION);
    }

    @Test
    void a_usage_error_is_one_line_then_the_usage_on_stderr_with_exit_2() {
        assertThat(run("render", "x.dcm", "--out", "x.png", "--frame", "two")).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList().getFirst())
                .isEqualTo("error: 'two' is not a whole number (--frame)");
        assertThat(err.toString().lines().toList().get(1)).startsWith("Usage: medvision render");
    }

    @Test
    void help_for_an_unknown_verb_is_a_usage_error() {
        assertThat(run("help", "frobnicate")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: unknown command 'frobnicate'\nUsage: medvision");
    }

    @Test
    void under_a_chinese_locale_errors_and_usage_are_in_simplified_chinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(run("deid", "in-only")).isEqualTo(2);

        assertThat(err.toString())
                .startsWith("错误：缺少参数 OUT\n用法：medvision deid")
                .contains("输出目录")
                .doesNotContain("Usage");
    }

    @Test
    void a_chinese_usage_fits_80_terminal_columns() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(run("help", "deid")).isZero();

        assertThat(out.toString()).contains("（默认：teaching）");
        assertThat(out.toString().lines())
                .allSatisfy(line -> assertThat(Usage.width(line)).as(line).isLessThanOrEqualTo(80));
    }
}
