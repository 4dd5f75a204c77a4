package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

    private static final CommandSpec SPEC = new CommandSpec(
            "demo",
            Text.of("cli.deid.description"),
            List.of(
                    ParameterSpec.single("IN", ValueType.PATH, "cli.deid.param.in"),
                    ParameterSpec.oneOrMore("FILE", ValueType.TEXT, "cli.dump.param.file")),
            List.of(
                    OptionSpec.valued("--out", ValueType.PATH, "PNG", "cli.render.option.out")
                            .required(),
                    OptionSpec.valued("--frame", ValueType.INTEGER, "N", "cli.render.option.frame")
                            .withDefault("1"),
                    OptionSpec.tuple(
                            "--window", ValueType.DECIMAL, List.of("CENTER", "WIDTH"), "cli.render.option.window"),
                    OptionSpec.valued("--option", ValueType.TEXT, "NAME", "cli.deid.option.option")
                            .repeatable(),
                    OptionSpec.flag("--json", "cli.dump.option.json")));

    private static ParsedArguments parse(String... args) {
        return ArgumentParser.parse(SPEC, List.of(args));
    }

    private static void assertUsageError(ThrowingCallable parse, String key, Object... args) {
        assertThatThrownBy(parse)
                .isInstanceOfSatisfying(
                        UsageException.class, e -> assertThat(e.text()).isEqualTo(Text.of(key, args)));
    }

    @Test
    void takes_values_separated_or_after_an_equals_sign_and_options_anywhere() {
        ParsedArguments a = parse("--out", "a.png", "in.dcm", "--frame=3", "f1", "--json", "f2");

        assertThat(a.path("--out")).contains(Path.of("a.png"));
        assertThat(a.integer("--frame")).isEqualTo(3);
        assertThat(a.flag("--json")).isTrue();
        assertThat(a.parameterPath("IN")).isEqualTo(Path.of("in.dcm"));
        assertThat(a.parameters("FILE")).containsExactly("f1", "f2");
    }

    @Test
    void an_absent_option_has_its_default_or_nothing() {
        ParsedArguments a = parse("in", "f", "--out", "o.png");

        assertThat(a.integer("--frame")).isEqualTo(1);
        assertThat(a.flag("--json")).isFalse();
        assertThat(a.decimals("--window")).isEmpty();
        assertThat(a.values("--option")).isEmpty();
    }

    @Test
    void a_repeatable_option_keeps_every_value_in_order() {
        ParsedArguments a =
                parse("--option", "RETAIN_UIDS", "in", "--option=CLEAN_PIXEL_DATA", "f", "--out", "o", "--option", "x");

        assertThat(a.values("--option")).containsExactly("RETAIN_UIDS", "CLEAN_PIXEL_DATA", "x");
    }

    @Test
    void a_tuple_option_takes_two_values_which_may_be_negative() {
        ParsedArguments a = parse("in", "f", "--out", "o", "--window", "-100.5", "400");

        assertThat(a.decimals("--window")).hasValueSatisfying(w -> assertThat(w).containsExactly(-100.5, 400.0));
    }

    @Test
    void double_dash_ends_the_options() {
        ParsedArguments a = parse("--out", "o", "--", "--json", "-h");

        assertThat(a.flag("--json")).isFalse();
        assertThat(a.helpRequested()).isFalse();
        assertThat(a.parameter("IN")).isEqualTo("--json");
        assertThat(a.parameters("FILE")).containsExactly("-h");
    }

    @Test
    void an_unknown_option_is_named() {
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--colour", "red"), "cli.error.unknown-option", "--colour");
        assertUsageError(() -> parse("in", "f", "--out", "o", "-x"), "cli.error.unknown-option", "-x");
        assertUsageError(() -> parse("in", "f", "--out", "o", "--colour=red"), "cli.error.unknown-option", "--colour");
    }

    @Test
    void a_missing_value_is_reported_not_taken_from_the_next_option() {
        assertUsageError(() -> parse("in", "f", "--out"), "cli.error.missing-value", "--out", 1, "PNG");
        assertUsageError(() -> parse("in", "f", "--out", "--json"), "cli.error.missing-value", "--out", 1, "PNG");
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--window", "1"),
                "cli.error.missing-value",
                "--window",
                2,
                "CENTER WIDTH");
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--window=1"),
                "cli.error.missing-value",
                "--window",
                2,
                "CENTER WIDTH");
    }

    @Test
    void missing_and_extra_parameters_are_named() {
        assertUsageError(() -> parse("--out", "o"), "cli.error.missing-parameter", "IN");
        assertUsageError(() -> parse("--out", "o", "in"), "cli.error.missing-parameter", "FILE...");
        CommandSpec two = new CommandSpec(
                "two",
                Text.of("cli.deid.description"),
                List.of(ParameterSpec.single("IN", ValueType.PATH, "cli.deid.param.in")),
                List.of());
        assertUsageError(() -> ArgumentParser.parse(two, List.of("a", "b")), "cli.error.unexpected-argument", "b");
    }

    @Test
    void numbers_are_checked_before_the_command_runs() {
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--frame", "two"), "cli.error.not-an-integer", "--frame", "two");
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--frame", "1.5"), "cli.error.not-an-integer", "--frame", "1.5");
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--window", "600", "wide"),
                "cli.error.not-a-number",
                "--window",
                "wide");
        assertUsageError(
                () -> parse("in", "f", "--out", "o", "--window", "NaN", "1"),
                "cli.error.not-a-number",
                "--window",
                "NaN");
    }

    @Test
    void a_required_option_must_be_given_unless_help_is_asked() {
        assertUsageError(() -> parse("in", "f"), "cli.error.missing-option", "--out PNG");

        assertThat(parse("--help").helpRequested()).isTrue();
        assertThat(parse("-h", "in").helpRequested()).isTrue();
        assertThat(parse("-V").versionRequested()).isTrue();
    }

    @Test
    void a_single_value_option_given_twice_or_a_flag_given_a_value_is_an_error() {
        assertUsageError(() -> parse("in", "f", "--out", "a", "--out", "b"), "cli.error.repeated-option", "--out");
        assertUsageError(() -> parse("in", "f", "--out", "a", "--json=yes"), "cli.error.flag-with-value", "--json");
    }

    @Test
    void a_spec_declaring_an_option_twice_or_a_variadic_parameter_before_another_is_rejected() {
        assertThatThrownBy(() -> new CommandSpec(
                        "x",
                        Text.of("k"),
                        List.of(),
                        List.of(OptionSpec.flag("--a", "k"), OptionSpec.flag("--a", "k"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandSpec(
                        "x",
                        Text.of("k"),
                        List.of(
                                ParameterSpec.oneOrMore("A", ValueType.TEXT, "k"),
                                ParameterSpec.single("B", ValueType.TEXT, "k")),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
