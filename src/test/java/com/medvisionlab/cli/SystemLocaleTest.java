package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemLocaleTest {

    @Test
    void lang_naming_an_uninstalled_chinese_locale_still_gives_chinese_and_utf8() {
        // the JVM falls back to en_US and ASCII when zh_CN.UTF-8 is not installed
        SystemLocale locale = SystemLocale.of(Locale.US, Map.of("LANG", "zh_CN.UTF-8"));

        assertThat(locale.locale().getLanguage()).isEqualTo("zh");
        assertThat(locale.terminalEncoding()).contains(StandardCharsets.UTF_8);
    }

    @Test
    void lc_all_then_lc_messages_win_over_lang_as_in_posix() {
        assertThat(SystemLocale.of(Locale.US, Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "zh_CN.UTF-8"))
                        .locale())
                .isEqualTo(Locale.of("en"));
        assertThat(SystemLocale.of(Locale.US, Map.of("LC_MESSAGES", "zh_CN.utf8", "LANG", "en_US"))
                        .locale()
                        .getLanguage())
                .isEqualTo("zh");
    }

    @Test
    void the_c_locale_or_no_variable_keeps_the_jvm_choice() {
        assertThat(SystemLocale.of(Locale.US, Map.of("LANG", "C.UTF-8")).locale())
                .isEqualTo(Locale.US);
        assertThat(SystemLocale.of(Locale.US, Map.of("LANG", "POSIX")).locale()).isEqualTo(Locale.US);
        assertThat(SystemLocale.of(Locale.US, Map.of()).locale()).isEqualTo(Locale.US);
        assertThat(SystemLocale.of(Locale.US, Map.of()).terminalEncoding()).isEmpty();
    }

    @Test
    void a_non_english_jvm_default_is_kept() {
        assertThat(SystemLocale.of(Locale.SIMPLIFIED_CHINESE, Map.of("LANG", "en_US.UTF-8"))
                        .locale())
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
