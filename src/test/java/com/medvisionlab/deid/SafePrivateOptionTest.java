package com.medvisionlab.deid;

import static com.medvisionlab.deid.ExternalTools.sample;
import static com.medvisionlab.deid.TestDataset.items;
import static com.medvisionlab.deid.TestDataset.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.consistency.UidRemapper;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.WriteOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retain Safe Private (PS3.15 E.3.10) on its own, on top of the Basic Profile: on a real GE CT with ~180 private
 * elements (read back by pydicom), and on synthetic private sequences and UIDs.
 */
class SafePrivateOptionTest {

    private static final DeidSecret SECRET =
            DeidSecret.fromMaterial("safe-private-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final DeidConfig BASIC = DeidConfig.of(DeidPreset.BASIC);
    private static final DeidConfig SAFE_PRIVATE = BASIC.with(DeidOption.RETAIN_SAFE_PRIVATE);

    private final DeidEngine engine = new DeidEngine(SECRET, MappingStore.inMemory(SECRET), PixelCleaner.NONE);

    /** pydicom's view of the private elements: "creator|gggg|ee" (ee = low byte) -> VR and value. */
    private static final String PRIVATE_ELEMENTS = """
            ds = pydicom.dcmread(sys.argv[1])
            for e in ds:
                if e.tag.is_private and e.tag.element > 0xFF:
                    creator = ds[e.tag.group, e.tag.element >> 8].value.strip()
                    print('%s|%04X|%02X\\t%s %s' % (creator, e.tag.group, e.tag.element & 0xFF, e.VR, e.value))
            """;

    private Path deidentified(DeidConfig config, Path dir, String name) {
        DicomFile f = DicomReader.read(sample("CT_small.dcm"));
        DeidResult r = engine.deidentify(f, config);
        assertThat(r.quarantined()).as(r.findings() + " " + r.blockingReasons()).isFalse();
        Path out = dir.resolve(name);
        DicomWriter.write(f, out, WriteOptions.keepSourceTransferSyntax());
        return out;
    }

    private static Map<String, String> privateElements(Path file) throws Exception {
        Map<String, String> map = new TreeMap<>();
        ExternalTools.pydicom(PRIVATE_ELEMENTS, file.toString()).lines().forEach(l -> {
            String[] kv = l.split("\t", 2);
            map.put(kv[0], kv[1]);
        });
        return map;
    }

    @Test
    void listed_ge_elements_survive_unchanged_and_their_unlisted_neighbours_go(@TempDir Path dir) throws Exception {
        Map<String, String> original = privateElements(sample("CT_small.dcm"));
        // Rows of Table E.3.10-1 present in this file (GE CT), as the standard lists them.
        String tableSpeed = "GEMS_ACQU_01|0019|23";
        String midScanTime = "GEMS_ACQU_01|0019|24";
        String rotationSpeed = "GEMS_ACQU_01|0019|27";
        String imagesInSeries = "GEMS_SERS_01|0025|07";
        String pitchRatio = "GEMS_PARM_01|0043|27";
        assertThat(original)
                .containsKeys(
                        tableSpeed,
                        midScanTime,
                        rotationSpeed,
                        imagesInSeries,
                        pitchRatio,
                        "GEMS_ACQU_01|0019|02",
                        "GEMS_PARM_01|0043|28",
                        "GEMS_IDEN_01|0009|04");

        Map<String, String> kept = privateElements(deidentified(SAFE_PRIVATE, dir, "safe.dcm"));

        assertThat(kept)
                .as("exactly the listed elements, values and VRs as pydicom read them in the original")
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        tableSpeed, original.get(tableSpeed),
                        midScanTime, original.get(midScanTime),
                        rotationSpeed, original.get(rotationSpeed),
                        imagesInSeries, original.get(imagesInSeries),
                        pitchRatio, original.get(pitchRatio)));
        // Same creators, unlisted: Detector Channel (SL) and Unique image iden (OB holding "CT01 ... HiSpeed CT/i").
        assertThat(kept).doesNotContainKeys("GEMS_ACQU_01|0019|02", "GEMS_PARM_01|0043|28");
    }

    @Test
    void without_the_option_every_private_element_and_creator_goes(@TempDir Path dir) throws Exception {
        Path basic = deidentified(BASIC, dir, "basic.dcm");
        String anyPrivate =
                "ds = pydicom.dcmread(sys.argv[1])\nprint(sum(1 for e in ds.iterall() if e.tag.is_private))";
        assertThat(ExternalTools.pydicom(anyPrivate, basic.toString()).strip()).isEqualTo("0");
    }

    @Test
    void creators_of_blocks_with_nothing_kept_are_removed(@TempDir Path dir) throws Exception {
        Path safe = deidentified(SAFE_PRIVATE, dir, "safe.dcm");
        String creators = """
                ds = pydicom.dcmread(sys.argv[1])
                print(sorted(e.value.strip() for e in ds if e.tag.is_private and 0x10 <= e.tag.element <= 0xFF))
                """;
        assertThat(ExternalTools.pydicom(creators, safe.toString()).strip())
                .isEqualTo("['GEMS_ACQU_01', 'GEMS_PARM_01', 'GEMS_SERS_01']");
    }

    private static TestDataset withPhilipsPresentationState(VR sequenceVr) {
        TestDataset item = new TestDataset()
                .put(0x00081155, VR.UI, "1.2.826.0.1.3680043.2.1125.9.9")
                .put(0x00100010, VR.PN, "DOE^JOHN")
                .put(0x20010010, VR.LO, "Philips Imaging DD 001")
                .put(0x20011063, VR.CS, "RIS") // Examination Source: listed
                .put(0x20011070, VR.LO, "DOE JOHN"); // not listed for DD 001
        TestDataset ds = new TestDataset()
                .put(0x0020000E, VR.UI, "1.2.826.0.1.3680043.2.1125.7")
                .put(0x20010090, VR.LO, "Philips Imaging DD 129")
                .put(0x00990010, VR.LO, "NQHeader")
                .put(0x00991002, VR.UI, "1.2.826.0.1.3680043.2.1125.7"); // Analyzed Series UID
        if (sequenceVr == VR.SQ) {
            ds.putSequence(0x20019000, item);
        } else {
            ds.putBytes(0x20019000, VR.UN, new byte[] {1, 2, 3, 4});
        }
        return ds;
    }

    @Test
    void a_kept_private_sequence_is_walked_like_any_other() {
        Dataset ds = withPhilipsPresentationState(VR.SQ).build();
        engine.deidentify(new Dataset(), ds, SAFE_PRIVATE);

        assertThat(items(ds, 0x20019000))
                .as("Presentation State Sequence is listed")
                .hasSize(1);
        Dataset item = items(ds, 0x20019000).getFirst();
        UidRemapper remapper = new UidRemapper(SECRET, MappingStore.inMemory(SECRET));
        assertThat(text(item, 0x00081155)).isEqualTo(remapper.remap("1.2.826.0.1.3680043.2.1125.9.9"));
        assertThat(item.contains(0x00100010) ? text(item, 0x00100010) : "").doesNotContain("DOE");
        assertThat(text(item, 0x20011063)).isEqualTo("RIS");
        assertThat(item.contains(0x20011070))
                .as("unlisted private inside a kept sequence")
                .isFalse();
    }

    @Test
    void a_kept_private_uid_is_remapped_like_the_standard_uid_it_refers_to() {
        Dataset ds = withPhilipsPresentationState(VR.SQ).build();
        engine.deidentify(new Dataset(), ds, SAFE_PRIVATE);
        assertThat(text(ds, 0x00991002))
                .isNotEqualTo("1.2.826.0.1.3680043.2.1125.7")
                .isEqualTo(text(ds, 0x0020000E));

        Dataset retained = withPhilipsPresentationState(VR.SQ).build();
        engine.deidentify(new Dataset(), retained, SAFE_PRIVATE.with(DeidOption.RETAIN_UIDS));
        assertThat(text(retained, 0x00991002)).isEqualTo("1.2.826.0.1.3680043.2.1125.7");
    }

    @Test
    void a_listed_sequence_read_as_un_is_removed_because_its_items_cannot_be_checked() {
        Dataset ds = withPhilipsPresentationState(VR.UN).build();
        engine.deidentify(new Dataset(), ds, SAFE_PRIVATE);
        assertThat(ds.contains(0x20019000)).isFalse();
        assertThat(ds.contains(0x20010090)).as("its creator, now orphaned").isFalse();
    }
}
