package com.medvisionlab.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.course.InstructorAnnotations;
import com.medvisionlab.course.PatientSex;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.course.ReferenceFinding;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.demo.phantom.ChestRadiograph;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.demo.phantom.GeneratedObject;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.InstanceQuery;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import com.medvisionlab.reading.ReadingService;
import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.viewer.ViewerAnnotation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export, then import into another course of the same installation. Ingest remaps every UID again with the
 * installation's secret, so the imported study is a new one, exactly as on another installation: the test checks
 * that cases, texts and pixel data survive under the new UIDs, and that the import is idempotent and refuses a
 * tampered archive without creating anything.
 */
@SpringBootTest
@WithMockUser(
        username = "researcher",
        authorities = {"AUTHOR_CASES", "EXPORT", "UPLOAD_STUDIES"})
class CaseSetExchangeTest {

    @Autowired
    CaseSetExchange exchange;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Autowired
    Ingestion ingestion;

    @Autowired
    ReadingService reading;

    @Autowired
    ImagingIndex index;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_case_set_survives_export_and_import_with_its_texts_links_and_pixels() throws IOException {
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "researcher");
        ObjectIds slice1 = ingest(CtPhantom.slice(10), settings);
        ObjectIds slice2 = ingest(CtPhantom.slice(11), settings);
        ObjectIds cxr = ingest(ChestRadiograph.generate(), settings);
        long source = courses.createCourse("Source course", "");
        long set = courses.addCaseSet(source, CaseSetDraft.titled("Chest 胸部"));
        long ctCase = cases.createCase(set, content("CT 结节", slice1, slice2));
        cases.createCase(set, content("Radiograph", cxr, cxr));

        long exportsBefore = auditRows("CASE_SET_EXPORTED");
        long importsBefore = auditRows("CASE_SET_IMPORTED");
        byte[] archive = export(set);
        // every instance of the linked studies (the CT study may hold slices other tests ingested)
        long objects = instanceCount(slice1.studyInstanceUid()) + instanceCount(cxr.studyInstanceUid());
        assertThat(objects).isGreaterThanOrEqualTo(3);
        List<String> names = entryNames(archive);
        assertThat(names.getFirst()).isEqualTo("manifest.json");
        assertThat(names)
                .hasSize((int) objects + 1)
                .allMatch(n -> n.equals("manifest.json") || n.matches("objects/\\d+\\.dcm"));

        long target = courses.createCourse("Target course", "");
        ImportResult result = exchange.importInto(target, new ByteArrayInputStream(archive));

        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.cases()).isEqualTo(2);
        assertThat(result.objects()).isEqualTo(objects);
        assertThat(result.quarantined()).isEmpty();
        var imported = courses.caseSet(result.caseSetId());
        assertThat(imported.courseId()).isEqualTo(target);
        assertThat(imported.title()).isEqualTo("Chest 胸部");
        assertThat(imported.state()).isEqualTo(com.medvisionlab.course.PublicationState.DRAFT);
        List<CaseView> before = cases.cases(set, CaseFilter.ALL);
        List<CaseView> after = cases.cases(result.caseSetId(), CaseFilter.ALL);
        assertThat(after).hasSize(2).allSatisfy(c -> assertThat(c.published()).isFalse());
        CaseContent original = before.getFirst().content();
        CaseContent copy = after.getFirst().content();
        assertThat(copy.title()).isEqualTo("CT 结节");
        assertThat(copy.clinicalHistory()).isEqualTo(original.clinicalHistory());
        assertThat(copy.teachingPoints()).isEqualTo(original.teachingPoints());
        assertThat(copy.suggestedQuestions()).isEqualTo(original.suggestedQuestions());
        assertThat(copy.findings())
                .extracting(ReferenceFinding::finding)
                .containsExactlyElementsOf(original.findings().stream()
                        .map(ReferenceFinding::finding)
                        .toList());
        assertThat(copy.patientAge()).isEqualTo("065Y");

        // re-de-identified: a new study with new UIDs, each link mapped to the new instance with the same pixels
        assertThat(copy.studyInstanceUid()).isNotNull().isNotEqualTo(original.studyInstanceUid());
        assertThat(copy.keyImageUids()).hasSize(2).doesNotContainAnyElementsOf(original.keyImageUids());
        for (int i = 0; i < 2; i++) {
            assertThat(pixelHash(copy.keyImageUids().get(i)))
                    .isEqualTo(pixelHash(original.keyImageUids().get(i)));
        }
        assertThat(copy.findings().getFirst().keyImageUid())
                .isEqualTo(copy.keyImageUids().getFirst());
        assertThat(instanceCount(copy.studyInstanceUid())).isEqualTo(instanceCount(original.studyInstanceUid()));
        assertThat(ctCase).isPositive();

        // the same archive again: nothing new
        long setsBefore = count("case_set");
        ImportResult again = exchange.importInto(target, new ByteArrayInputStream(archive));
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.caseSetId()).isEqualTo(result.caseSetId());
        assertThat(count("case_set")).isEqualTo(setsBefore);
        assertThat(auditRows("CASE_SET_EXPORTED")).isEqualTo(exportsBefore + 1);
        assertThat(auditRows("CASE_SET_IMPORTED")).isEqualTo(importsBefore + 1);
    }

    @Test
    void a_tampered_archive_is_refused_audited_and_creates_no_case_set() throws IOException {
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "researcher");
        ObjectIds slice = ingest(CtPhantom.slice(20), settings);
        long source = courses.createCourse("Tamper source", "");
        long set = courses.addCaseSet(source, CaseSetDraft.titled("To tamper"));
        cases.createCase(set, content("One slice", slice, slice));
        byte[] tampered = flipLastByteOfObjects(export(set));
        long target = courses.createCourse("Tamper target", "");
        long setsBefore = count("case_set");

        assertThatThrownBy(() -> exchange.importInto(target, new ByteArrayInputStream(tampered)))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("exchange.error.hash-mismatch");
        assertThat(count("case_set")).isEqualTo(setsBefore);
        assertThat(courses.caseSets(target, "")).isEmpty();
        assertThat(auditRows("CASE_SET_IMPORT_REFUSED")).isPositive();
    }

    @Test
    void the_instructor_annotation_setting_and_the_instructors_annotations_travel_with_the_case_set()
            throws IOException {
        ObjectIds slice = ingest(CtPhantom.slice(30), SETTINGS);
        long set = annotatedSet("Annotated source", slice);

        long target = courses.createCourse("Annotated target", "");
        ImportResult result = exchange.importInto(target, new ByteArrayInputStream(export(set)));

        assertThat(courses.caseSet(result.caseSetId()).instructorAnnotations()).isEqualTo(InstructorAnnotations.ALWAYS);
        CaseView copy = cases.cases(result.caseSetId(), CaseFilter.ALL).getFirst();
        String newImage = copy.content().keyImageUids().getFirst();
        assertThat(newImage).isNotEqualTo(slice.sopInstanceUid());
        assertThat(reading.instructorAnnotations(copy.id())).containsExactly(arrow(newImage), length(newImage));
    }

    @Test
    void an_archive_without_the_setting_and_annotations_imports_with_the_defaults() throws IOException {
        ObjectIds slice = ingest(CtPhantom.slice(31), SETTINGS);
        byte[] old = withManifest(export(annotatedSet("Old-format source", slice)), manifest -> {
            ((ObjectNode) manifest.get("caseSet")).remove("instructorAnnotations");
            manifest.get("cases").forEach(c -> ((ObjectNode) c).remove("instructorAnnotations"));
        });

        long target = courses.createCourse("Old-format target", "");
        ImportResult result = exchange.importInto(target, new ByteArrayInputStream(old));

        assertThat(courses.caseSet(result.caseSetId()).instructorAnnotations())
                .isEqualTo(InstructorAnnotations.AFTER_SUBMISSION);
        CaseView copy = cases.cases(result.caseSetId(), CaseFilter.ALL).getFirst();
        assertThat(copy.content().keyImageUids()).hasSize(1);
        assertThat(reading.instructorAnnotations(copy.id())).isEmpty();
    }

    @Test
    void a_malformed_setting_or_annotation_is_refused_and_creates_no_case_set() throws IOException {
        ObjectIds slice = ingest(CtPhantom.slice(32), SETTINGS);
        byte[] archive = export(annotatedSet("Malformed source", slice));
        byte[] unknownSetting = withManifest(
                archive, manifest -> ((ObjectNode) manifest.get("caseSet")).put("instructorAnnotations", "SOMETIMES"));
        // passes the manifest's own checks; the reading module's rules refuse an angle of two points
        byte[] twoPointAngle = withManifest(
                archive,
                manifest -> ((ObjectNode) manifest.get("cases")
                                .get(0)
                                .get("instructorAnnotations")
                                .get(0))
                        .put("kind", "ANGLE"));
        long target = courses.createCourse("Malformed target", "");

        for (byte[] refused : List.of(unknownSetting, twoPointAngle)) {
            assertThatThrownBy(() -> exchange.importInto(target, new ByteArrayInputStream(refused)))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessage("exchange.error.manifest-invalid");
        }
        assertThat(courses.caseSets(target, "")).isEmpty();
    }

    // --- helpers

    private static final IngestSettings SETTINGS = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "researcher");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A set showing the instructor's annotations always, with one case whose key image has an arrow and a length. */
    private long annotatedSet(String course, ObjectIds slice) {
        long set = courses.addCaseSet(
                courses.createCourse(course, ""),
                new CaseSetDraft("Worked examples", "", null, null, ReadingMode.OPEN, InstructorAnnotations.ALWAYS));
        long caseId = cases.createCase(set, content("Arrowed", slice, slice));
        reading.saveInstructorAnnotations(
                caseId, List.of(arrow(slice.sopInstanceUid()), length(slice.sopInstanceUid())));
        return set;
    }

    private static ViewerAnnotation arrow(String image) {
        return new ViewerAnnotation(
                "arrow-1",
                ViewerAnnotation.Kind.ARROW,
                image,
                1,
                List.of(new ViewerAnnotation.Point(120.5, 200), new ViewerAnnotation.Point(160, 240.25)),
                "nodule 结节",
                null);
    }

    private static ViewerAnnotation length(String image) {
        return new ViewerAnnotation(
                "length-1",
                ViewerAnnotation.Kind.LENGTH,
                image,
                1,
                List.of(new ViewerAnnotation.Point(100, 100), new ViewerAnnotation.Point(130, 100)),
                null,
                new ViewerAnnotation.Measurement(21.0, "mm", null, null));
    }

    /** The archive with its manifest changed by {@code edit} (the objects as they were). */
    private static byte[] withManifest(byte[] zip, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
                var z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(Manifest.FILE_NAME)) {
                    var manifest = (ObjectNode) JSON.readTree(content);
                    edit.accept(manifest);
                    content = JSON.writeValueAsBytes(manifest);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
            }
        }
        return out.toByteArray();
    }

    private ObjectIds ingest(GeneratedObject object, IngestSettings settings) {
        var outcome = ingestion.ingest(new IncomingFile(object.name(), object.encode()), settings);
        return switch (outcome) {
            case IngestOutcome.Stored s -> s.ids();
            case IngestOutcome.AlreadyPresent p -> p.ids();
            default -> throw new AssertionError("not stored: " + outcome);
        };
    }

    private static CaseContent content(String title, ObjectIds key, ObjectIds other) {
        return new CaseContent(
                title,
                "History **in Markdown**, 病史",
                "065Y",
                PatientSex.M,
                key.studyInstanceUid(),
                List.of(key.seriesInstanceUid()),
                key.sopInstanceUid().equals(other.sopInstanceUid())
                        ? List.of(key.sopInstanceUid())
                        : List.of(key.sopInstanceUid(), other.sopInstanceUid()),
                List.of(new ReferenceFinding("Nodule 结节", "RUL", key.sopInstanceUid())),
                "Impression",
                "Diagnosis",
                "- point one\n- 要点二",
                Difficulty.ADVANCED,
                List.of("chest"),
                List.of("What do you see?", "你看到了什么？"));
    }

    private byte[] export(long set) throws IOException {
        var out = new ByteArrayOutputStream();
        exchange.export(set, out);
        return out.toByteArray();
    }

    private String pixelHash(String sopInstanceUid) throws IOException {
        var instance = index.instance(sopInstanceUid).orElseThrow();
        try (InputStream in = blobs.get(instance.stored().blobKey())) {
            var file = DicomReader.read(
                    in, "object", ReadOptions.builder().loadAllValues().build());
            int[] samples = PixelFrames.of(file).frame(0).samples();
            var buffer = ByteBuffer.allocate(samples.length * 4);
            buffer.asIntBuffer().put(samples);
            return Hashing.sha256Hex(buffer.array());
        }
    }

    private long instanceCount(String study) {
        return index.findInstances(InstanceQuery.builder(Page.first(100))
                        .studyInstanceUids(List.of(study))
                        .build())
                .total();
    }

    private static List<String> entryNames(byte[] zip) throws IOException {
        var names = new java.util.ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static byte[] flipLastByteOfObjects(byte[] zip) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
                var z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().startsWith("objects/")) {
                    content[content.length - 1] ^= 1;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
            }
        }
        return out.toByteArray();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long auditRows(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }
}
