package com.medvisionlab.dicom.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonStringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void every_control_character_and_the_tricky_ones_read_back_unchanged_with_jackson() {
        String controls = IntStream.range(0, 0x20)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        String tricky = controls + "\"\\/\u007f\u2028\u2029\uD83D\uDE00王伟 ｆｕｌｌ";

        assertThat(JSON.readValue(JsonString.quote(tricky), String.class)).isEqualTo(tricky);
    }

    @Test
    void escapes_are_the_short_ones_and_lower_case_hex_and_nothing_else_is_escaped() {
        assertThat(JsonString.quote("a\"b\\c\n\r\t\u0000\b\f\u001f\u007f\u2028\uD83D\uDE00王"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0000\\u0008\\u000c\\u001f\u007f\u2028\uD83D\uDE00王\"");
        assertThat(JsonString.appendQuoted(new StringBuilder("x:"), "")).hasToString("x:\"\"");
    }
}
