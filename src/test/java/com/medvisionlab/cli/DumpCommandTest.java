package com.medvisionlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.io.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DumpCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void dumps_text_like_dcmdump_with_nested_items_and_exits_0() {
        String rtplan = TestFiles.get("rtplan.dcm").toString();
        assertEquals(0, run("dump", TestFiles.get("MR_small.dcm").toString(), rtplan));
        String text = out.toString();
        assertTrue(
                text.lines().anyMatch(l -> l.endsWith("MR_small.dcm: MR Image Storage, Explicit VR Little Endian")),
                text);
        assertTrue(text.lines()
                .anyMatch(l -> l.startsWith("(0010,0010) PN [CompressedSamples^MR1]") && l.endsWith("PatientName")));
        assertTrue(text.lines().anyMatch(l -> l.startsWith("  (fffe,e000) na (Item")), "items are indented");
        assertTrue(text.lines().anyMatch(l -> l.startsWith("    (300a,")), "item elements are indented further");
        assertEquals("", err.toString());
    }

    @Test
    void json_mode_prints_one_object_per_file_and_an_error_line_for_a_malformed_file() {
        String good = TestFiles.get("MR_small.dcm").toString();
        String bad = TestFiles.get("malformed/rtplan_truncated.dcm").toString();
        assertEquals(2, run("dump", "--json", good, bad));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals(good, first.get("file").asString());
        assertEquals(
                "CompressedSamples^MR1",
                first.at("/dataset/00100010/Value/0/Alphabetic").asString());
        assertEquals(64, first.at("/dataset/00280010/Value/0").asInt());
        assertFalse(first.get("dataset").has("00020010"), "group 0002 is not part of the dataset");
        JsonNode second = mapper.readTree(lines.get(1));
        assertEquals(bad, second.get("file").asString());
        assertTrue(second.get("error").asString().contains("(300A,00B0)"), second.toString());
        assertFalse(out.toString().contains("\tat "), "no stack trace");
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void text_mode_reports_errors_on_stderr_without_stack_trace_and_exits_2() {
        assertEquals(2, run("dump", TestFiles.get("malformed/MR_truncated.dcm").toString(), "/no/such/file.dcm"));
        String errors = err.toString();
        assertTrue(errors.contains("claims 8192 bytes"), errors);
        assertTrue(errors.contains("/no/such/file.dcm: no such file"), errors);
        assertFalse(errors.contains("\tat "), errors);
    }
}
