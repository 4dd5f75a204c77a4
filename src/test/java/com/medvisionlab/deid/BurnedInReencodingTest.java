package com.medvisionlab.deid;

import static com.medvisionlab.deid.ExternalTools.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.dicompixels.ReviewerBoxes;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every source syntax written back without further loss once pixels were blanked (a reviewer box forces a
 * redaction), checked by dcmtk (decodes the output), pydicom (reads it) and dciodvfy (no new errors).
 */
class BurnedInReencodingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            compressed/JPEG-baseline_US_GH538-jpeg1.dcm              | 1.2.840.10008.1.2.4.70 | 01
            compressed/JPEG-baseline_US_multiframe_examples_ybr_color.dcm | 1.2.840.10008.1.2.4.70 | 01
            compressed/JPEG-LS-near-lossless_08.dcm                  | 1.2.840.10008.1.2.4.70 | 01
            compressed/JPEG-LS-lossless_US_palette_10frames.dcm      | 1.2.840.10008.1.2.4.70 | -
            compressed/JPEG2000-lossless_MR_small_jp2klossless.dcm   | 1.2.840.10008.1.2.4.70 | -
            compressed/JPEG-lossless-SV1_CT.dcm                      | 1.2.840.10008.1.2.4.70 | -
            compressed/RLE_SC_rgb_rle_2frame.dcm                     | 1.2.840.10008.1.2.5    | -
            CT_small.dcm                                             | 1.2.840.10008.1.2.1    | -
            burned-in/US-RGB-8-epicard.dcm                           | 1.2.840.10008.1.2.2    | -
            """)
    void redacted_pixels_are_written_back_losslessly(
            String file, String expectedSyntax, String lossy, @TempDir Path work) throws Exception {
        Path input = sample(file);
        Dataset source = DicomReader.read(input).dataset();
        String sop = source.getString(Tags.SOPInstanceUID).orElseThrow();
        ReviewerBoxes boxes = ReviewerBoxes.ofInstances(Map.of(sop, List.of(new Rectangle(2, 2, 12, 6))));

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withReviewerBoxes(boxes))) {
            run = BurnedInPipeline.deidentify(cleaner, input, work);
        }

        Dataset out = run.read().dataset();
        assertThat(run.read().transferSyntax().uid()).isEqualTo(expectedSyntax);
        if (lossy.equals("01")) {
            assertThat(out.getString(Tags.LossyImageCompression)).hasValue("01");
            assertThat(out.getStrings(Tags.LossyImageCompressionMethod)).isNotEmpty();
        }
        assertThat(out.getInt(Tags.NumberOfFrames).orElse(1))
                .isEqualTo(source.getInt(Tags.NumberOfFrames).orElse(1));

        // independent decoders and validators
        BurnedInPipeline.renderWithDcmtk(run.output().get(), work.resolve("png"), 1);
        String read = ExternalTools.pydicom("""
                ds = pydicom.dcmread(sys.argv[1])
                print(ds.file_meta.TransferSyntaxUID, ds.Rows, ds.Columns, ds.BurnedInAnnotation)
                """, run.output().get().toString());
        assertThat(read.strip())
                .isEqualTo(expectedSyntax + " " + source.getInt(Tags.Rows).getAsInt() + " "
                        + source.getInt(Tags.Columns).getAsInt() + " NO");
        assertThat(ExternalTools.dciodvfyErrors(run.output().get()))
                .isLessThanOrEqualTo(ExternalTools.dciodvfyErrors(input));
    }

    @Test
    void pixel_data_we_cannot_decode_is_quarantined_when_it_had_to_be_scanned(@TempDir Path work) throws Exception {
        Path input = sample("compressed/HTJ2K_08_RGB.dcm");

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withScanAll(true))) {
            run = BurnedInPipeline.deidentify(cleaner, input, work);
        }

        assertThat(run.output()).isEmpty();
        assertThat(run.quarantineReason()).contains("pixel data not checked for burned-in text");
    }
}
