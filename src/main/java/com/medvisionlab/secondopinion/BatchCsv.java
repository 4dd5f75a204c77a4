package com.medvisionlab.secondopinion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A run as CSV (RFC 4180): UTF-8 with a byte order mark so spreadsheet programs read Chinese answers correctly, CRLF
 * line ends, every field that holds a comma, quote or line break quoted with its quotes doubled. Column names are
 * fixed English codes (scripts read them), whatever the user's language.
 */
final class BatchCsv {

    static final List<String> COLUMNS = List.of(
            "case",
            "engine",
            "model",
            "prompt_version",
            "status",
            "latency_ms",
            "answer",
            "reference_diagnosis",
            "agreement");

    private BatchCsv() {}

    static void write(List<BatchRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, COLUMNS);
        for (BatchRow row : rows) {
            line(
                    writer,
                    List.of(
                            row.label(),
                            row.engineId(),
                            row.model(),
                            row.promptVersion() == null
                                    ? ""
                                    : row.promptVersion().toString(),
                            row.statusCode(),
                            row.latencyMs() == null ? "" : row.latencyMs().toString(),
                            row.answer(),
                            row.reference().diagnosis(),
                            row.agreement().name()));
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
