package com.medvisionlab.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.io.TestFiles;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.oracle.Pydicom;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Our DICOM JSON equals pydicom's {@code Dataset.to_json_dict} for the small shared files, numbers compared by value. */
class DicomJsonWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_FILE = 200_000;

    @TestFactory
    Stream<DynamicTest> json_model_matches_pydicom() throws Exception {
        Pydicom.assumeAvailable();
        List<Path> files = new ArrayList<>();
        for (Path f : TestFiles.wellFormedFiles()) {
            if (Files.size(f) <= MAX_FILE) {
                files.add(f);
            }
        }
        List<String> theirs = Pydicom.json(files);
        assertEquals(files.size(), theirs.size(), "pydicom printed one line per file");
        return IntStream.range(0, files.size())
                .mapToObj(i -> DynamicTest.dynamicTest(
                        TestFiles.ROOT.relativize(files.get(i)).toString(), () -> {
                            Dataset ds = DicomReader.read(
                                            files.get(i),
                                            ReadOptions.builder()
                                                    .loadAllValues()
                                                    .build())
                                    .dataset();
                            List<String> diffs = new ArrayList<>();
                            boolean bigEndian = DicomReader.read(files.get(i))
                                            .transferSyntax()
                                            .endianness()
                                    == TransferSyntax.Endianness.BIG;
                            compare(
                                    "",
                                    JSON.readTree(theirs.get(i)),
                                    JSON.readTree(DicomJsonWriter.toJson(ds)),
                                    diffs,
                                    new Context(bigEndian, ""));
                            assertTrue(
                                    diffs.isEmpty(),
                                    () -> String.join("\n", diffs.subList(0, Math.min(20, diffs.size()))));
                        }));
    }

    /** What the comparison needs to know about the element being compared. */
    private record Context(boolean bigEndian, String vr) {}

    private static void compare(String path, JsonNode theirs, JsonNode ours, List<String> diffs, Context context) {
        if (theirs.isObject() && ours.isObject()) {
            Context here = ours.has("vr")
                    ? new Context(context.bigEndian(), ours.get("vr").asString())
                    : context;
            for (Map.Entry<String, JsonNode> e : theirs.properties()) {
                String key = e.getKey();
                JsonNode mine = ours.get(key);
                if (mine == null
                        && key.equals("Value")
                        && e.getValue().isArray()
                        && e.getValue().isEmpty()) {
                    // PS3.18 F.2.2: an element without values has no "Value"; pydicom writes [] for an empty sequence.
                } else if (mine == null) {
                    diffs.add(path + "/" + key + " missing in ours: " + e.getValue());
                } else if (key.equals("InlineBinary") && context.bigEndian()) {
                    compareBigEndianBinary(
                            path + "/" + key, e.getValue().asString(), mine.asString(), here.vr(), diffs);
                } else if (!isPrivateUn(key, mine)) {
                    compare(path + "/" + key, e.getValue(), mine, diffs, here);
                }
            }
            for (Map.Entry<String, JsonNode> e : ours.properties()) {
                if (!theirs.has(e.getKey())) {
                    diffs.add(path + "/" + e.getKey() + " extra in ours: " + e.getValue());
                }
            }
        } else if (theirs.isArray() && ours.isArray() && theirs.size() == ours.size()) {
            for (int i = 0; i < theirs.size(); i++) {
                compare(path + "/" + i, theirs.get(i), ours.get(i), diffs, context);
            }
        } else if (theirs.isNumber() && ours.isNumber()) {
            // FL values: pydicom prints the float widened to double, we print the shortest float text; same float.
            boolean sameFloat = context.vr().equals("FL") && theirs.floatValue() == ours.floatValue();
            if (!sameFloat && canonical(theirs.decimalValue()).compareTo(canonical(ours.decimalValue())) != 0) {
                diffs.add(path + ": pydicom " + theirs + ", ours " + ours);
            }
        } else if (theirs.isString() && theirs.asString().isEmpty() && ours.isNull()) {
            // PS3.18 F.2.5: an empty value inside a multi-valued element is null; pydicom 2.3 writes "".
        } else if (theirs.isString()
                && theirs.asString().contains("\u001B$)A")
                && theirs.asString().replace("\u001B$)A", "").equals(ours.asString())) {
            // pydicom 2.3 leaves the ISO 2022 IR 58 escape sequence in decoded text (see PydicomOracleTest).
        } else if (!theirs.equals(ours)) {
            diffs.add(path + ": pydicom " + theirs + ", ours " + ours);
        }
    }

    /** PS3.18 JSON carries binary values little endian; pydicom passes big-endian file bytes through unswapped. */
    private static void compareBigEndianBinary(String path, String theirs, String ours, String vr, List<String> diffs) {
        byte[] bytes = java.util.Base64.getDecoder().decode(theirs);
        int unit = VR.valueOf(vr).bytesPerValue();
        for (int i = 0; i + unit <= bytes.length; i += unit) {
            for (int lo = i, hi = i + unit - 1; lo < hi; lo++, hi--) {
                byte t = bytes[lo];
                bytes[lo] = bytes[hi];
                bytes[hi] = t;
            }
        }
        if (!java.util.Arrays.equals(bytes, java.util.Base64.getDecoder().decode(ours))) {
            diffs.add(path + ": big-endian " + vr + " bytes differ after swapping");
        }
    }

    /**
     * Private elements we keep as UN: pydicom decodes them with its private dictionary, so only our VR is known to
     * differ (the bytes themselves are compared in PydicomOracleTest).
     */
    private static boolean isPrivateUn(String key, JsonNode ours) {
        return key.matches("[0-9A-F]{8}")
                && Tag.isPrivate(Integer.parseUnsignedInt(key, 16))
                && ours.has("vr")
                && ours.get("vr").asString().equals("UN");
    }

    private static BigDecimal canonical(BigDecimal d) {
        return d.stripTrailingZeros();
    }

    @Test
    void person_names_become_component_group_objects_and_numbers_stay_numbers() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.PatientName, VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう");
        ds.setString(Tags.SliceThickness, VR.DS, "0.8000");
        ds.setInts(Tags.Rows, VR.US, 512);
        ds.setBytes(Tags.FrameIncrementPointer, VR.AT, new byte[] {0x18, 0x00, 0x63, 0x10});
        JsonNode json = JSON.readTree(DicomJsonWriter.toJson(ds));
        assertEquals("山田^太郎", json.at("/00100010/Value/0/Ideographic").asString());
        assertEquals("やまだ^たろう", json.at("/00100010/Value/0/Phonetic").asString());
        assertTrue(json.at("/00180050/Value/0").isNumber());
        assertEquals(512, json.at("/00280010/Value/0").asInt());
        assertEquals("00181063", json.at("/00280009/Value/0").asString());
    }
}
