package com.medvisionlab.deid;

import static com.medvisionlab.deid.ExternalTools.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared ultrasound samples (screens with names, hospitals, dates, device text) through the teaching preset:
 * decoded by dcmtk and read by OCR, the output shows none of the text listed in SOURCES.md / seen on the input.
 */
class BurnedInUltrasoundTest {

    @RegisterExtension
    static final PixelTools TOOLS = new PixelTools();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            US-YBR_FULL-RLE.dcm      | 1       | RGB           | DOE, JOHN;MON GENERAL HOSPITAL SURGICAL CARE;17 Oct 16
            US-examples_palette.dcm  | 1       | PALETTE COLOR | 11-05-25-142825;5/25/2011;Philips Healthcare
            US-PAL-8-10x-echo.dcm    | 1,5,10  | PALETTE COLOR | 30 JAN 94;11:24:58;PROC GAIN COMP
            US-RGB-8-epicard.dcm     | 1       | RGB           | GE MEDICAL SYSTEMS;BREAST FROZEN
            US-YBR_422.dcm           | 1       | RGB           | RES-A;LA435;PRC PRS PST
            """)
    void no_identifier_text_is_legible_in_the_output(
            String file, String frames, String photometric, String texts, @TempDir Path work) throws Exception {
        Path input = sample("burned-in/" + file);
        BurnedInPipeline.Run run = BurnedInPipeline.deidentify(TOOLS.cleaner(), input, work);

        Dataset in = DicomReader.read(input).dataset();
        Dataset out = run.read().dataset();
        assertThat(out.getString(Tags.BurnedInAnnotation)).hasValue("NO");
        assertThat(out.getString(Tags.PhotometricInterpretation)).hasValue(photometric);
        assertThat(String.join("|", out.getStrings(Tags.DeidentificationMethod)))
                .contains("pixels redacted");
        assertThat(run.read().transferSyntax())
                .as("syntax kept")
                .isEqualTo(DicomReader.read(input).transferSyntax());
        if (file.equals("US-YBR_422.dcm")) {
            assertThat(in.getString(Tags.BurnedInAnnotation))
                    .as("header claims no text")
                    .hasValue("NO");
        }

        int[] frameNumbers =
                Arrays.stream(frames.split(",")).mapToInt(Integer::parseInt).toArray();
        List<BufferedImage> before = BurnedInPipeline.renderWithDcmtk(input, work.resolve("before"), frameNumbers);
        List<BufferedImage> after =
                BurnedInPipeline.renderWithDcmtk(run.output().get(), work.resolve("after"), frameNumbers);
        List<String> identifiers = List.of(texts.split(";"));
        assertThat(BurnedInPipeline.legible(TOOLS.ocr(), after, identifiers)).isEmpty();
        int wordsBefore = BurnedInPipeline.words(TOOLS.ocr(), before.getFirst()).size();
        assertThat(BurnedInPipeline.words(TOOLS.ocr(), after.getFirst()).size())
                .as("confident words left")
                .isLessThanOrEqualTo(Math.max(1, wordsBefore / 4));
    }
}
