package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.demo.phantom.ChestRadiograph;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.demo.phantom.GeneratedObject;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Images prepared from the demo phantoms after they went through ingest (de-identified, encrypted, indexed): size,
 * black padding with the aspect kept, the file's window (or the CT default) mapping HU to the expected grey, and
 * nothing outside the index.
 */
@SpringBootTest
@WithMockUser(
        username = "researcher",
        authorities = {"AUTHOR_CASES", "UPLOAD_STUDIES", "RUN_AI"})
class OpinionImagesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OpinionImages images;

    @Autowired
    ImagingIndex index;

    @Autowired
    Ingestion ingestion;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    PhantomCases phantoms;

    @BeforeEach
    void setUp() {
        SameUserEverywhere.mirror(context);
        phantoms = new PhantomCases(ingestion, courses, cases);
    }

    @AfterEach
    void signOut() {
        SameUserEverywhere.clear();
    }

    @Test
    void a_ct_slice_is_shown_in_its_own_lung_window_with_hu_mapped_to_the_expected_grey() throws IOException {
        int slice = 24;
        var ids = phantoms.ingest(CtPhantom.slice(slice));

        var prepared = images.forFrame(ids.sopInstanceUid(), 1, CtPhantom.COLUMNS);

        assertThat(prepared.size()).isEqualTo(512);
        assertThat(prepared.sopInstanceUid()).isEqualTo(ids.sopInstanceUid());
        assertThat(prepared.sha256()).isEqualTo(OpinionRendering.sha256(prepared.png()));
        var image = decode(prepared.png());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(512);
        // the file's first window is LUNG (C -600, W 1500); 512 pixels at 512: no scaling, pixel for pixel
        var lung = CtPhantom.WINDOWS.getFirst();
        for (int[] at : List.of(new int[] {256, 256}, new int[] {120, 256}, new int[] {256, 30})) {
            int column = at[0];
            int row = at[1];
            double expected = meanExpectedGrey(column, row, slice, lung.center(), lung.width());
            assertThat(meanGrey(image, column, row))
                    .as("grey around column %d row %d", column, row)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(2.5));
        }
    }

    @Test
    void a_wide_image_is_scaled_with_its_aspect_and_padded_black_in_the_ct_default_window() throws IOException {
        int slice = 24;
        var ids = phantoms.ingest(halfHeightWithoutWindow(slice));

        var prepared = images.forFrame(ids.sopInstanceUid(), 1, 256);

        var image = decode(prepared.png());
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        // 512 x 256 into 256: 256 x 128, centred, so rows 0..63 and 192..255 are padding
        for (int row : new int[] {0, 63, 192, 255}) {
            assertThat(rowValues(image, row)).as("padding row %d", row).containsOnly(0);
        }
        assertThat(Arrays.stream(rowValues(image, 128)).max().orElseThrow())
                .as("image row")
                .isPositive();
        // without a window in the file, CT gets the soft-tissue default W400/L40
        double mediastinum = meanGrey(image, 128, 128);
        double expected = meanExpectedGrey(256, 256, slice, 40, 400);
        assertThat(mediastinum).isCloseTo(expected, org.assertj.core.data.Offset.offset(6.0));
    }

    @Test
    void the_radiograph_is_rendered_at_the_model_input_size_in_its_own_window() throws IOException {
        var ids = phantoms.ingest(ChestRadiograph.generate());

        var prepared = images.forFrame(ids.sopInstanceUid(), 1, 896);

        var image = decode(prepared.png());
        assertThat(image.getWidth()).isEqualTo(896);
        assertThat(image.getHeight()).isEqualTo(896);
        assertThat(image.getRaster().getNumBands()).isEqualTo(1);
        assertThat(prepared.frame()).isEqualTo(1);
    }

    @Test
    void a_case_sends_its_key_images_in_order_at_most_four_else_the_middle_image_of_its_series() {
        var slices = IntStream.range(30, 35)
                .mapToObj(k -> phantoms.ingest(CtPhantom.slice(k)))
                .toList();
        long set = phantoms.caseSet("AI images " + UUID.randomUUID());
        long withKeys = phantoms.caseOf(set, "Five key images", "Nodule", slices, true);
        long withoutKeys = phantoms.caseOf(set, "No key images", "Nodule", slices, false);

        var keyed = images.forCase(withKeys, 128);
        var middle = images.forCase(withoutKeys, 128);

        assertThat(keyed)
                .extracting(PreparedImage::sopInstanceUid)
                .containsExactlyElementsOf(slices.subList(0, 4).stream()
                        .map(ObjectIds::sopInstanceUid)
                        .toList());
        assertThat(keyed).allSatisfy(i -> assertThat(i.size()).isEqualTo(128));
        String representative = index.series(slices.getFirst().seriesInstanceUid())
                .orElseThrow()
                .representativeSopInstanceUid()
                .orElseThrow();
        assertThat(middle).extracting(PreparedImage::sopInstanceUid).containsExactly(representative);
    }

    @Test
    void only_indexed_objects_can_be_prepared() {
        assertThatThrownBy(() -> images.forFrame("2.25." + new BigInteger(64, new java.util.Random()), 1, 64))
                .isInstanceOf(OpinionImageException.class)
                .hasMessage("ai.images.error.not-indexed");
    }

    @Test
    @WithMockUser(username = "a-student", authorities = "RUN_AI")
    void an_indexed_image_outside_what_the_caller_may_read_is_refused() {
        String sop = index
                .findInstances(com.medvisionlab.imaging.InstanceQuery.builder(new com.medvisionlab.imaging.Page(1, 0))
                        .build())
                .items()
                .stream()
                .findFirst()
                .map(i -> i.attributes().sopInstanceUid())
                .orElseGet(() -> {
                    throw new AssertionError("the demo seed or another test indexed something");
                });

        assertThatThrownBy(() -> images.forFrame(sop, 1, 64))
                .isInstanceOf(OpinionImageException.class)
                .hasMessage("ai.images.error.not-readable");
    }

    @Test
    void a_frame_the_image_does_not_have_is_refused() {
        var ids = phantoms.ingest(CtPhantom.slice(25));

        assertThatThrownBy(() -> images.forFrame(ids.sopInstanceUid(), 2, 64))
                .isInstanceOf(OpinionImageException.class)
                .hasMessage("ai.images.error.no-frame");
    }

    // --- helpers

    /**
     * Rows 128..383 of a slice (512 wide, 256 high), without its windows, under new UIDs — the study's too, so it never
     * joins the demo study that the same phantom seeds (a shared PostgreSQL database keeps both).
     */
    private static GeneratedObject halfHeightWithoutWindow(int slice) {
        var original = CtPhantom.slice(slice);
        var ds = original.file().dataset().deepCopy();
        short[] all = CtPhantom.slicePixels(slice);
        short[] half = Arrays.copyOfRange(all, 128 * CtPhantom.COLUMNS, 384 * CtPhantom.COLUMNS);
        byte[] bytes = new byte[half.length * 2];
        for (int i = 0; i < half.length; i++) {
            bytes[2 * i] = (byte) half[i];
            bytes[2 * i + 1] = (byte) (half[i] >> 8);
        }
        ds.setInts(Tags.Rows, VR.US, 256);
        ds.setBytes(Tags.PixelData, VR.OW, bytes);
        ds.remove(Tags.WindowCenter);
        ds.remove(Tags.WindowWidth);
        ds.remove(Tags.WindowCenterWidthExplanation);
        String series = "2.25." + new BigInteger(1, uuidBytes());
        String sop = "2.25." + new BigInteger(1, uuidBytes());
        ds.setString(Tags.StudyInstanceUID, VR.UI, "2.25." + new BigInteger(1, uuidBytes()));
        ds.setString(Tags.SeriesInstanceUID, VR.UI, series);
        ds.setString(Tags.SOPInstanceUID, VR.UI, sop);
        var meta = original.file().fileMeta().deepCopy();
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sop);
        return new GeneratedObject(
                "half-" + slice + ".dcm",
                new DicomFile(meta, ds, original.file().transferSyntax()));
    }

    private static byte[] uuidBytes() {
        var uuid = UUID.randomUUID();
        return java.nio.ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG").isNotNull();
        return image;
    }

    private static int[] rowValues(BufferedImage image, int row) {
        return image.getRaster().getPixels(0, row, image.getWidth(), 1, (int[]) null);
    }

    /** Mean grey of the 5 x 5 pixels around a point. */
    private static double meanGrey(BufferedImage image, int column, int row) {
        int[] values = image.getRaster().getPixels(column - 2, row - 2, 5, 5, (int[]) null);
        return Arrays.stream(values).average().orElseThrow();
    }

    /** The same 5 x 5 pixels of the noise-free phantom through a LINEAR window (PS3.3 C.11.2.1.2.1), 0..255. */
    private static double meanExpectedGrey(int column, int row, int slice, double center, double width) {
        double sum = 0;
        for (int r = row - 2; r <= row + 2; r++) {
            for (int c = column - 2; c <= column + 2; c++) {
                double hu = CtPhantom.huAt(CtPhantom.columnX(c), CtPhantom.rowY(r), CtPhantom.sliceZ(slice));
                double position = (hu - (center - 0.5)) / (width - 1) + 0.5;
                sum += Math.max(0, Math.min(1, position)) * 255;
            }
        }
        return sum / 25;
    }
}
