package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.AgreementMeasure.Reference;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchCsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(BatchCsv.field("plain")).isEqualTo("plain");
        assertThat(BatchCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(BatchCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(BatchCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(BatchCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void the_file_is_utf8_with_a_bom_a_header_and_one_crlf_line_per_row() throws IOException {
        var row = new BatchRow(
                0,
                5L,
                "胸片 1",
                "medgemma",
                "google/medgemma-4b-it",
                3,
                Optional.of(OpinionStatus.ANSWERED),
                null,
                3200L,
                "右侧气胸，\n肺压缩约 30%",
                new Reference("右侧气胸", List.of()),
                Agreement.DISAGREES);
        var out = new ByteArrayOutputStream();

        BatchCsv.write(List.of(row), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFcase,engine,model,prompt_version,status,latency_ms,answer,reference_diagnosis,"
                        + "agreement\r\n"
                        + "胸片 1,medgemma,google/medgemma-4b-it,3,ANSWERED,3200,\"右侧气胸，\n肺压缩约 30%\",右侧气胸,"
                        + "DISAGREES\r\n");
    }
}
