package com.medvisionlab.deid;

import static com.medvisionlab.deid.ExternalTools.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.WriteOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each option's effect on the shared real samples, checked through our reader and, where it matters, pydicom. */
class DeidSamplesTest {

    private static final DeidSecret SECRET =
            DeidSecret.fromMaterial("samples-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    private final MappingStore mappings = MappingStore.inMemory(SECRET);
    private final DeidEngine engine = new DeidEngine(SECRET, mappings, PixelCleaner.NONE);

    private static DicomFile read(Path p) {
        return DicomReader.read(p);
    }

    private DicomFile deid(String relative, DeidConfig config) {
        DicomFile f = read(sample(relative));
        DeidResult r = engine.deidentify(f, config);
        assertThat(r.quarantined())
                .as(relative + " " + r.findings() + r.blockingReasons())
                .isFalse();
        return f;
    }

    private static String str(Dataset ds, int tag) {
        return ds.getString(tag).orElse("");
    }

    private static Path write(DicomFile f, Path dir, String name) {
        Path out = dir.resolve(name);
        DicomWriter.write(f, out, WriteOptions.keepSourceTransferSyntax());
        return out;
    }

    @Test
    void default_remaps_uids_and_retain_uids_keeps_them() {
        String sop = str(read(sample("MR_small.dcm")).dataset(), Tags.SOPInstanceUID);
        String study = str(read(sample("MR_small.dcm")).dataset(), Tags.StudyInstanceUID);
        Dataset remapped = deid("MR_small.dcm", DeidConfig.of(DeidPreset.BASIC)).dataset();
        assertThat(str(remapped, Tags.SOPInstanceUID)).isNotEqualTo(sop).startsWith("2.25.");
        assertThat(str(remapped, Tags.StudyInstanceUID)).isNotEqualTo(study).startsWith("2.25.");
        Dataset kept = deid("MR_small.dcm", DeidConfig.of(DeidPreset.BASIC).with(DeidOption.RETAIN_UIDS))
                .dataset();
        assertThat(str(kept, Tags.SOPInstanceUID)).isEqualTo(sop);
        assertThat(str(kept, Tags.StudyInstanceUID)).isEqualTo(study);
    }

    @Test
    void retain_device_identity_keeps_serial_number_and_station_name() {
        Dataset basic =
                deid("examples_overlay.dcm", DeidConfig.of(DeidPreset.BASIC)).dataset();
        assertThat(basic.contains(Tags.DeviceSerialNumber) ? str(basic, Tags.DeviceSerialNumber) : "")
                .isIn("", "ANONYMIZED");
        assertThat(str(basic, Tags.StationName)).isNotEqualTo("MRC25641");
        Dataset kept = deid(
                        "examples_overlay.dcm", DeidConfig.of(DeidPreset.BASIC).with(DeidOption.RETAIN_DEVICE_IDENTITY))
                .dataset();
        assertThat(str(kept, Tags.DeviceSerialNumber)).isEqualTo("25641");
        assertThat(str(kept, Tags.StationName)).isEqualTo("MRC25641");
    }

    @Test
    void retain_patient_characteristics_keeps_sex_age_size_weight() {
        Dataset basic =
                deid("examples_overlay.dcm", DeidConfig.of(DeidPreset.BASIC)).dataset();
        assertThat(basic.contains(Tags.PatientAge)).isFalse();
        assertThat(basic.contains(Tags.PatientSize)).isFalse();
        assertThat(basic.contains(Tags.PatientWeight)).isFalse();
        assertThat(str(basic, Tags.PatientSex)).isEmpty();
        Dataset kept = deid(
                        "examples_overlay.dcm",
                        DeidConfig.of(DeidPreset.BASIC).with(DeidOption.RETAIN_PATIENT_CHARACTERISTICS))
                .dataset();
        assertThat(str(kept, Tags.PatientSex)).isEqualTo("M");
        assertThat(str(kept, Tags.PatientAge)).isEqualTo("058Y");
        assertThat(str(kept, Tags.PatientSize)).isEqualTo("1.73");
        assertThat(str(kept, Tags.PatientWeight)).isEqualTo("0");
    }

    @Test
    void modified_dates_shift_every_date_by_the_same_per_patient_offset_and_full_dates_keep_them() {
        Dataset original = read(sample("examples_overlay.dcm")).dataset();
        Dataset shifted = deid(
                        "examples_overlay.dcm",
                        DeidConfig.of(DeidPreset.BASIC).with(DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES))
                .dataset();
        Set<Long> offsets = new HashSet<>();
        for (int tag : new int[] {Tags.StudyDate, Tags.SeriesDate, Tags.AcquisitionDate, Tags.ContentDate}) {
            if (!str(original, tag).isEmpty()) {
                offsets.add(ChronoUnit.DAYS.between(date(str(original, tag)), date(str(shifted, tag))));
            }
        }
        assertThat(offsets).hasSize(1);
        assertThat(offsets.iterator().next()).isBetween(-365L, -30L);
        assertThat(str(shifted, Tags.StudyTime)).isEqualTo(str(original, Tags.StudyTime));
        assertThat(str(shifted, Tags.LongitudinalTemporalInformationModified)).isEqualTo("MODIFIED");

        Dataset full = deid(
                        "examples_overlay.dcm",
                        DeidConfig.of(DeidPreset.BASIC).with(DeidOption.RETAIN_LONGITUDINAL_FULL_DATES))
                .dataset();
        assertThat(str(full, Tags.StudyDate)).isEqualTo("20051130");
        Dataset none =
                deid("examples_overlay.dcm", DeidConfig.of(DeidPreset.BASIC)).dataset();
        assertThat(str(none, Tags.StudyDate)).isEmpty();
    }

    private static LocalDate date(String da) {
        return LocalDate.parse(da, DateTimeFormatter.BASIC_ISO_DATE);
    }

    @Test
    void private_elements_are_removed_or_only_the_safe_ones_retained(@TempDir Path dir) throws Exception {
        String privateTags = """
                ds = pydicom.dcmread(sys.argv[1])
                print(sorted('%04x%04x' % (e.tag.group, e.tag.element) for e in ds.iterall() if e.tag.is_private))
                """;
        Path basic = write(deid("CT_small.dcm", DeidConfig.of(DeidPreset.BASIC)), dir, "basic.dcm");
        assertThat(ExternalTools.pydicom(privateTags, basic.toString()).strip()).isEqualTo("[]");
        Path teaching = write(deid("CT_small.dcm", DeidConfig.of(DeidPreset.TEACHING)), dir, "teaching.dcm");
        assertThat(ExternalTools.pydicom(privateTags, teaching.toString()).strip())
                .isEqualTo(
                        "['00190010', '00191023', '00191024', '00191027', '00250010', '00251007', '00430010', '00431027']");
        Path nested = write(deid("nested_priv_SQ.dcm", DeidConfig.of(DeidPreset.TEACHING)), dir, "nested.dcm");
        assertThat(ExternalTools.pydicom(privateTags, nested.toString()).strip())
                .isEqualTo("[]");
    }

    @Test
    void pixel_data_stays_byte_identical(@TempDir Path dir) throws Exception {
        Path out = write(deid("CT_small.dcm", DeidConfig.of(DeidPreset.TEACHING)), dir, "ct.dcm");
        String md5 = "import hashlib\nprint(hashlib.md5(pydicom.dcmread(sys.argv[1]).PixelData).hexdigest())";
        assertThat(ExternalTools.pydicom(md5, out.toString()))
                .isEqualTo(ExternalTools.pydicom(md5, sample("CT_small.dcm").toString()));
    }

    @Test
    void deflated_sr_loses_every_name_while_its_clinical_text_survives(@TempDir Path dir) throws Exception {
        DicomFile sr = read(sample("compressed/Deflated_SR_report_dfl.dcm"));
        List<String> before = texts(sr.dataset());
        DeidResult r = engine.deidentify(sr, DeidConfig.of(DeidPreset.TEACHING));
        assertThat(r.quarantined()).isFalse();
        assertThat(texts(sr.dataset()))
                .as("no identifiers in these texts, so cleaning keeps them")
                .isEqualTo(before)
                .isNotEmpty();
        Path out = write(sr, dir, "sr.dcm");
        String dump = ExternalTools.pydicom("print(pydicom.dcmread(sys.argv[1]))", out.toString());
        assertThat(dump).doesNotContainIgnoringCase("osterman").doesNotContainIgnoringCase("phillip");
    }

    @Test
    void sr_text_with_a_planted_name_is_cleaned_while_the_rest_is_kept() {
        DicomFile sr = read(sample("test-SR.dcm"));
        Dataset firstText = findText(sr.dataset());
        // Riesmeier^Jörg is the SR's verifying observer (a PN in the dataset), so the cleaner knows the name
        firstText.setString(Tags.TextValue, VR.UT, "A mass seen by Jörg Riesmeier on 2003-04-05");
        engine.deidentify(sr, DeidConfig.of(DeidPreset.BASIC).with(DeidOption.CLEAN_STRUCTURED_CONTENT));
        assertThat(str(firstText, Tags.TextValue)).isEqualTo("A mass seen by [REMOVED] on [REMOVED]");
    }

    private static Dataset findText(Dataset ds) {
        if (ds.contains(Tags.TextValue)) {
            return ds;
        }
        for (int tag : ds.tags()) {
            for (Dataset item : ds.getSequence(tag).map(s -> s.items()).orElse(List.of())) {
                Dataset found = findText(item);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> texts(Dataset ds) {
        List<String> out = new ArrayList<>();
        for (int tag : ds.tags()) {
            if (tag == Tags.TextValue) {
                out.addAll(ds.getStrings(tag));
            }
            ds.getSequence(tag).ifPresent(s -> s.items().forEach(i -> out.addAll(texts(i))));
        }
        return out;
    }

    @Test
    void descriptors_are_cleaned_under_clean_descriptors_and_removed_without_it() {
        DicomFile f = read(sample("presidio_0_ORIGINAL_no_pixels.dcm"));
        String name = str(f.dataset(), Tags.PatientName);
        f.dataset().setString(Tags.SeriesDescription, VR.LO, "CHEST PA " + name.replace('^', ' '));
        engine.deidentify(f, DeidConfig.of(DeidPreset.BASIC).with(DeidOption.CLEAN_DESCRIPTORS));
        assertThat(str(f.dataset(), Tags.SeriesDescription)).isEqualTo("CHEST PA [REMOVED]");
        DicomFile g = read(sample("presidio_0_ORIGINAL_no_pixels.dcm"));
        g.dataset().setString(Tags.SeriesDescription, VR.LO, "CHEST PA");
        engine.deidentify(g, DeidConfig.of(DeidPreset.BASIC));
        assertThat(g.dataset().contains(Tags.SeriesDescription)).isFalse();
    }

    @Test
    void overlay_planes_and_icons_are_removed() {
        Dataset ds = deid(
                        "examples_overlay.dcm",
                        DeidConfig.of(DeidPreset.TEACHING).with(DeidOption.CLEAN_GRAPHICS))
                .dataset();
        assertThat(ds.contains(0x60003000)).isFalse();
        assertThat(ds.contains(Tags.IconImageSequence)).isFalse();
        assertThat(java.util.Arrays.stream(ds.tags()).filter(t -> t >>> 16 == 0x6000))
                .as("the whole overlay plane goes")
                .isEmpty();
    }

    @Test
    void a_series_stays_consistent_study_uid_pseudonym_offset_and_references() throws Exception {
        List<Path> slices;
        try (Stream<Path> s = Files.list(sample("series/MR-wrist-16-slices"))) {
            slices = s.sorted().toList();
        }
        assertThat(slices).hasSize(16);
        Set<String> studies = new HashSet<>();
        Set<String> sops = new HashSet<>();
        Set<String> patients = new HashSet<>();
        Set<String> studyDates = new HashSet<>();
        Map<String, String> origToNewRefs = new HashMap<>();
        for (Path slice : slices) {
            DicomFile f = read(slice);
            String origRef = f.dataset()
                    .getSequence(Tags.ReferencedPerformedProcedureStepSequence)
                    .map(s -> str(s.get(0), Tags.ReferencedSOPInstanceUID))
                    .orElse("");
            DeidResult r = engine.deidentify(f, DeidConfig.of(DeidPreset.TEACHING));
            assertThat(r.quarantined()).as(r.findings().toString()).isFalse();
            Dataset ds = f.dataset();
            studies.add(str(ds, Tags.StudyInstanceUID));
            sops.add(str(ds, Tags.SOPInstanceUID));
            patients.add(str(ds, Tags.PatientID) + "|" + str(ds, Tags.PatientName));
            studyDates.add(str(ds, Tags.StudyDate));
            assertThat(str(f.fileMeta(), Tags.MediaStorageSOPInstanceUID)).isEqualTo(str(ds, Tags.SOPInstanceUID));
            ds.getSequence(Tags.ReferencedPerformedProcedureStepSequence)
                    .ifPresent(s -> origToNewRefs.put(origRef, str(s.get(0), Tags.ReferencedSOPInstanceUID)));
        }
        assertThat(studies).hasSize(1);
        assertThat(sops).hasSize(16);
        assertThat(patients).hasSize(1).allMatch(p -> p.startsWith("ANON-"));
        assertThat(studyDates).hasSize(1).doesNotContain("20170716", "");
        // every reference is the mapped UID of its original, per the exported mapping (MIDI-B uid_consistent)
        Map<String, String> csv = new HashMap<>();
        mappings.exportCsv(MappingStore.Kind.UID)
                .lines()
                .skip(1)
                .forEach(l -> csv.put(l.split(",")[0], l.split(",")[1]));
        origToNewRefs.forEach((o, n) -> assertThat(csv.get(o)).isEqualTo(n));
        assertThat(mappings.exportCsv(MappingStore.Kind.PATIENT_ID))
                .contains("583295," + patients.iterator().next().split("\\|")[0]);
    }

    @Test
    void uploading_the_same_file_twice_gives_identical_bytes(@TempDir Path dir) throws Exception {
        Path a = write(deid("series/MR-wrist-16-slices/MR01.dcm", DeidConfig.of(DeidPreset.TEACHING)), dir, "a.dcm");
        DeidEngine again = new DeidEngine(SECRET, MappingStore.inMemory(SECRET), PixelCleaner.NONE);
        DicomFile f = read(sample("series/MR-wrist-16-slices/MR01.dcm"));
        again.deidentify(f, DeidConfig.of(DeidPreset.TEACHING));
        Path b = write(f, dir, "b.dcm");
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void verification_scan_quarantines_a_name_planted_where_the_table_keeps_it() {
        DicomFile f = read(sample("CT_small.dcm"));
        // (0019,xx9E) GEMS_ACQU_01 is a safe private slot, kept under Retain Safe Private without cleaning
        f.dataset().setString(0x0019109E, VR.LO, "compressedsamples ct1 protocol");
        DeidResult r = engine.deidentify(f, DeidConfig.of(DeidPreset.TEACHING));
        assertThat(r.quarantined()).isTrue();
        assertThat(r.findings()).extracting(Object::toString).containsExactly("person name token in (0019,109E)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CT_small.dcm",
                "MR_small.dcm",
                "presidio_0_ORIGINAL_no_pixels.dcm",
                "waveform_ecg.dcm",
                "examples_overlay.dcm",
                "test-SR.dcm",
                "compressed/Deflated_SR_report_dfl.dcm",
                "rtplan.dcm",
                "series/MR-wrist-16-slices/MR05.dcm",
                "nested_priv_SQ.dcm",
                "emri_small.dcm",
                "liver_1frame.dcm"
            })
    void outputs_parse_with_pydicom_and_dciodvfy_reports_no_more_errors(String relative, @TempDir Path dir)
            throws Exception {
        Path out = write(deid(relative, DeidConfig.of(DeidPreset.TEACHING)), dir, "out.dcm");
        String check = """
                ds = pydicom.dcmread(sys.argv[1])
                print(ds.PatientIdentityRemoved, len(list(ds.iterall())) > 5)
                """;
        assertThat(ExternalTools.pydicom(check, out.toString()).strip()).isEqualTo("YES True");
        assertThat(ExternalTools.dciodvfyErrors(out))
                .isLessThanOrEqualTo(ExternalTools.dciodvfyErrors(sample(relative)));
    }
}
