package com.medvisionlab.deid.dicompixels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.deid.PixelCleaner;
import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomPixelsUnitTest {

    private static final ImageDescriptor GREY_12 =
            ImageDescriptor.monochrome(4, 4, 16, 12, PixelRepresentation.UNSIGNED);
    private static final ImageDescriptor GREY_32 =
            ImageDescriptor.monochrome(4, 4, 32, 32, PixelRepresentation.UNSIGNED);

    @Test
    void native_and_rle_keep_their_syntax_other_encapsulated_syntaxes_become_jpeg_lossless() {
        assertThat(LosslessRewriter.targetSyntax(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(), GREY_12))
                .isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid());
        assertThat(LosslessRewriter.targetSyntax(TransferSyntax.RLE_LOSSLESS.uid(), GREY_12))
                .isEqualTo(TransferSyntax.RLE_LOSSLESS.uid());
        for (String uid : List.of(
                TransferSyntax.JPEG_BASELINE_8BIT.uid(),
                TransferSyntax.JPEG_LOSSLESS.uid(),
                TransferSyntax.JPEG_LS_LOSSLESS.uid(),
                TransferSyntax.JPEG_LS_NEAR_LOSSLESS.uid(),
                TransferSyntax.JPEG_2000_LOSSLESS.uid(),
                TransferSyntax.JPEG_2000.uid())) {
            assertThat(LosslessRewriter.targetSyntax(uid, GREY_12))
                    .as(uid)
                    .isEqualTo(TransferSyntax.JPEG_LOSSLESS_SV1.uid());
        }
        assertThat(LosslessRewriter.targetSyntax(TransferSyntax.JPEG_2000_LOSSLESS.uid(), GREY_32))
                .as("beyond JPEG lossless precision")
                .isEqualTo(TransferSyntax.RLE_LOSSLESS.uid());
        assertThat(LosslessRewriter.isLossy(TransferSyntax.JPEG_LS_NEAR_LOSSLESS.uid()))
                .isTrue();
        assertThat(LosslessRewriter.isLossy(TransferSyntax.JPEG_LS_LOSSLESS.uid()))
                .isFalse();
    }

    @Test
    void clips_are_scanned_on_evenly_spaced_frames_including_first_and_last() {
        assertThat(BurnedInTextCleaning.scannedFrames(1)).containsExactly(0);
        assertThat(BurnedInTextCleaning.scannedFrames(3)).containsExactly(0, 1, 2);
        assertThat(BurnedInTextCleaning.scannedFrames(10)).containsExactly(0, 3, 6, 9);
        assertThat(BurnedInTextCleaning.scannedFrames(96)).containsExactly(0, 32, 63, 95);
    }

    @Test
    void screen_identifiers_join_multi_word_values_and_spell_dates_as_screens_do() {
        IdentifyingValues values = new IdentifyingValues()
                .addPersonName("KAUFMAN^SCOTT")
                .addId("PID-4711")
                .addPhrase("MON GENERAL HOSPITAL")
                .addDate("19430722");
        PixelCleaner.Context context = new PixelCleaner.Context(null, values, Optional.empty(), List.of("20120309"));

        List<String> ids = ScreenIdentifiers.of(context);

        assertThat(ids)
                .contains("KAUFMAN", "SCOTT", "pid4711", "mongeneralhospital", "07221943", "03092012", "22jul1943");
        assertThat(ids).doesNotContain("hospital", "1943");
    }

    @Test
    void reviewer_boxes_load_per_instance_and_reject_empty_boxes(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("b.json");
        Files.writeString(json, "{\"instances\": {\"1.2.3\": [{\"x\": 1, \"y\": 2, \"width\": 3, \"height\": 4}]}}");
        assertThat(ReviewerBoxes.load(json, tmp).forInstance("1.2.3")).containsExactly(new Rectangle(1, 2, 3, 4));
        assertThat(ReviewerBoxes.load(json, tmp).forInstance("9.9")).isEmpty();

        Files.writeString(json, "{\"instances\": {\"1.2.3\": [{\"x\": 1, \"y\": 2, \"width\": 0, \"height\": 4}]}}");
        assertThatThrownBy(() -> ReviewerBoxes.load(json, tmp))
                .isInstanceOf(ReviewerBoxes.InvalidReviewerBoxesException.class)
                .hasMessageContaining("width>0");
        Files.writeString(json, "{not json");
        assertThatThrownBy(() -> ReviewerBoxes.load(json, tmp))
                .isInstanceOf(ReviewerBoxes.InvalidReviewerBoxesException.class)
                .hasMessageContaining("not readable JSON");
        Files.writeString(
                json, "{\"files\": {\"../../etc/passwd\": [{\"x\": 1, \"y\": 2, \"width\": 3, \"height\": 4}]}}");
        assertThatThrownBy(() -> ReviewerBoxes.load(json, tmp.resolve("nothing-here")))
                .isInstanceOf(ReviewerBoxes.InvalidReviewerBoxesException.class);
    }
}
