package com.medvisionlab.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ArchiveFormatTest {

    private static final ArchiveLimits SMALL = new ArchiveLimits(1 << 20, 4 << 20, 10, 1 << 20);
    private static final byte[] OBJECT = "DICM pretend object".getBytes(StandardCharsets.US_ASCII);

    @Test
    void an_archive_written_is_read_back_with_its_manifest_and_verified_objects() throws IOException {
        Manifest manifest = manifest(entry("objects/1.dcm", OBJECT));
        var out = new ByteArrayOutputStream();
        try (var writer = new ArchiveWriter(out)) {
            writer.manifest(ManifestJson.write(manifest));
            writer.object(manifest.objects().getFirst(), new ByteArrayInputStream(OBJECT));
        }
        var reader = new ArchiveReader(new ByteArrayInputStream(out.toByteArray()), SMALL);
        var read = reader.manifest();
        assertThat(read.manifest()).isEqualTo(manifest);
        assertThat(read.sha256()).isEqualTo(Hashing.sha256Hex(ManifestJson.write(manifest)));
        var object = reader.next().orElseThrow();
        assertThat(object.content()).isEqualTo(OBJECT);
        assertThat(reader.next()).isEmpty();
        reader.requireComplete();
    }

    @Test
    void the_writer_refuses_a_stored_object_that_differs_from_its_index_entry() {
        Manifest manifest = manifest(entry("objects/1.dcm", OBJECT));
        assertThatThrownBy(() -> {
                    try (var writer = new ArchiveWriter(new ByteArrayOutputStream())) {
                        writer.object(manifest.objects().getFirst(), new ByteArrayInputStream("tampered".getBytes()));
                    }
                })
                .isInstanceOf(IOException.class);
    }

    @Test
    void a_changed_byte_is_refused_by_its_hash() {
        byte[] changed = OBJECT.clone();
        changed[3] ^= 1;
        byte[] zip = zip(manifest(entry("objects/1.dcm", OBJECT)), List.of(new Raw("objects/1.dcm", changed)));
        assertRefused(zip, "exchange.error.hash-mismatch");
    }

    @Test
    void path_traversal_and_unlisted_entries_are_refused() {
        Manifest manifest = manifest(entry("objects/1.dcm", OBJECT));
        assertRefused(zip(manifest, List.of(new Raw("../../etc/passwd", OBJECT))), "exchange.error.unsafe-entry");
        assertRefused(zip(manifest, List.of(new Raw("/objects/1.dcm", OBJECT))), "exchange.error.unsafe-entry");
        assertRefused(zip(manifest, List.of(new Raw("objects/2.dcm", OBJECT))), "exchange.error.unexpected-entry");
    }

    @Test
    void a_manifest_cannot_declare_a_path_outside_objects() {
        Manifest manifest = manifest(entry("../evil.dcm", OBJECT));
        assertRefused(zip(manifest, List.of()), "exchange.error.manifest-invalid");
    }

    @Test
    void a_bomb_stops_at_the_declared_size_and_a_missing_object_is_noticed() {
        // declared as 19 bytes, 50 MB of zeros inside (compresses to ~50 KB)
        byte[] bomb = new byte[50 << 20];
        assertRefused(
                zip(manifest(entry("objects/1.dcm", OBJECT)), List.of(new Raw("objects/1.dcm", bomb))),
                "exchange.error.object-size-mismatch");
        var reader = new ArchiveReader(
                new ByteArrayInputStream(zip(manifest(entry("objects/1.dcm", OBJECT)), List.of())), SMALL);
        reader.manifest();
        assertThat(reader.next()).isEmpty();
        assertThatThrownBy(reader::requireComplete).hasMessage("exchange.error.object-missing");
    }

    @Test
    void too_many_entries_an_oversized_object_and_garbage_are_refused() {
        var many = new ArrayList<Manifest.ObjectEntry>();
        for (int i = 0; i < 10; i++) {
            many.add(entry("objects/" + i + ".dcm", OBJECT));
        }
        assertRefused(
                zip(manifest(many.toArray(Manifest.ObjectEntry[]::new)), List.of()), "exchange.error.too-many-entries");
        var huge = new Manifest.ObjectEntry(
                "objects/1.dcm",
                "1.2",
                "1.2.3",
                "1.2.3.4.5",
                "1.2.840.10008.5.1.4.1.1.2",
                "1.2.840.10008.1.2.1",
                2L << 20,
                "0".repeat(64));
        assertRefused(
                zip(manifest(huge), List.of(new Raw("objects/1.dcm", OBJECT))), "exchange.error.object-too-large");
        assertRefused("not a zip at all".getBytes(), "exchange.error.not-an-archive");
        assertRefused(zipWithFirst("objects/1.dcm"), "exchange.error.manifest-first");
        assertRefused(zipWithManifestText("{\"formatVersion\": 99}"), "exchange.error.format-version");
        assertRefused(zipWithManifestText("{\"formatVersion\": 1}"), "exchange.error.manifest-invalid");
        assertRefused(zipWithManifestText("[1, 2"), "exchange.error.manifest-invalid");
    }

    @Test
    void a_manifest_from_before_the_annotation_setting_travelled_still_reads_without_it() {
        var json = (ObjectNode) JSON.readTree(ManifestJson.write(manifest(entry("objects/1.dcm", OBJECT))));
        ((ObjectNode) json.get("caseSet")).remove("instructorAnnotations");
        ((ObjectNode) json.get("cases").get(0)).remove("instructorAnnotations");

        Manifest read = ManifestJson.read(JSON.writeValueAsBytes(json));

        assertThat(read.caseSet().instructorAnnotations()).isNull();
        assertThat(read.cases().getFirst().instructorAnnotations()).isNull();
        assertThat(read.cases().getFirst().title()).isEqualTo("Case");
    }

    @Test
    void an_unknown_annotation_setting_or_a_malformed_annotation_is_refused_as_an_invalid_manifest() {
        var manifest = ManifestJson.write(manifest(entry("objects/1.dcm", OBJECT)));
        assertInvalid(manifest, json -> ((ObjectNode) json.get("caseSet")).put("instructorAnnotations", "SOMETIMES"));
        assertInvalid(manifest, json -> annotationOf(json).put("kind", "BLOB"));
        assertInvalid(manifest, json -> annotationOf(json).put("sopInstanceUid", "9.9.9"));
        assertInvalid(manifest, json -> annotationOf(json).remove("frame"));
        assertInvalid(manifest, json -> annotationOf(json).remove("points"));
        assertInvalid(manifest, json -> annotationOf(json).put("id", " "));
        assertInvalid(manifest, json -> ((ObjectNode) json.get("cases").get(0)).put("instructorAnnotations", "all"));
    }

    // --- helpers

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode annotationOf(JsonNode manifest) {
        return (ObjectNode)
                manifest.get("cases").get(0).get("instructorAnnotations").get(0);
    }

    /** The manifest changed by {@code edit} is refused with the exchange's "damaged or incomplete" message. */
    private static void assertInvalid(byte[] manifest, java.util.function.Consumer<JsonNode> edit) {
        JsonNode json = JSON.readTree(manifest);
        edit.accept(json);
        byte[] changed = JSON.writeValueAsBytes(json);
        assertThatThrownBy(() -> ManifestJson.read(changed))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("exchange.error.manifest-invalid");
    }

    private record Raw(String name, byte[] content) {}

    private static void assertRefused(byte[] zip, String key) {
        assertThatThrownBy(() -> {
                    var reader = new ArchiveReader(new ByteArrayInputStream(zip), SMALL);
                    reader.manifest();
                    while (reader.next().isPresent()) {
                        // read on
                    }
                    reader.requireComplete();
                })
                .isInstanceOf(ExchangeException.class)
                .hasMessage(key);
    }

    static Manifest.ObjectEntry entry(String path, byte[] content) {
        return new Manifest.ObjectEntry(
                path,
                "1.2.3",
                "1.2.3.4",
                "1.2.3.4.5",
                "1.2.840.10008.5.1.4.1.1.2",
                "1.2.840.10008.1.2.1",
                content.length,
                Hashing.sha256Hex(content));
    }

    static Manifest manifest(Manifest.ObjectEntry... objects) {
        return new Manifest(
                Manifest.FORMAT_VERSION,
                "2026-01-01T00:00:00Z",
                "test",
                new Manifest.CaseSetEntry("Set", "", "OPEN", "ALWAYS"),
                List.of(new Manifest.CaseEntry(
                        "Case",
                        "History",
                        "045Y",
                        "F",
                        "1.2.3",
                        List.of(),
                        List.of("1.2.3.4.5"),
                        List.of(new Manifest.FindingEntry("Nodule", "RUL", "1.2.3.4.5")),
                        "Impression",
                        "Diagnosis",
                        "Points",
                        "INTRODUCTORY",
                        List.of("chest"),
                        List.of("What is this?"),
                        List.of(new Manifest.AnnotationEntry(
                                "a1",
                                "ARROW",
                                "1.2.3.4.5",
                                1,
                                List.of(new Manifest.PointEntry(10.5, 20), new Manifest.PointEntry(40, 60.25)),
                                "nodule",
                                null)))),
                List.of(objects));
    }

    private static byte[] zip(Manifest manifest, List<Raw> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
            zip.write(ManifestJson.write(manifest));
            for (Raw raw : entries) {
                zip.putNextEntry(new ZipEntry(raw.name()));
                zip.write(raw.content());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] zipWithFirst(String name) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(OBJECT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] zipWithManifestText(String json) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
