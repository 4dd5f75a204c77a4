package com.medvisionlab.deid;

import static com.medvisionlab.deid.ExternalTools.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Burned-in text through the whole teaching preset on the shared real samples: what is left in the pixels is checked
 * by decoding the output with dcmtk or pydicom (not our decoder) and reading it with OCR.
 */
class BurnedInTextDeidTest {

    /** presidio pads images by 25 px before OCR; its ground-truth boxes are in padded coordinates. */
    private static final int PRESIDIO_PADDING = 25;

    @RegisterExtension
    static final PixelTools TOOLS = new PixelTools();

    @ParameterizedTest
    @CsvSource({
        "presidio_2_ORIGINAL.dcm, sample_data/2_ORIGINAL.dcm, KAUFMAN;SCOTT;03.09.2012;07.22.1943",
        "presidio_0_ORIGINAL_compressed.dcm, sample_data/0_ORIGINAL.dcm, DAVIDSON;DOUGLAS;01.09.2012;06.16.1976"
    })
    void presidio_text_boxes_are_filled_and_unreadable(
            String file, String truthKey, String identifiers, @TempDir Path work) throws Exception {
        Path input = sample("burned-in/" + file);
        BurnedInPipeline.Run run = BurnedInPipeline.deidentify(TOOLS.cleaner(), input, work);

        DicomFile in = DicomReader.read(input);
        DicomFile out = run.read();
        assertThat(out.transferSyntax().uid())
                .as("transfer syntax kept")
                .isEqualTo(in.transferSyntax().uid());
        assertThat(out.dataset().getString(Tags.BurnedInAnnotation)).hasValue("NO");
        assertThat(String.join("|", out.dataset().getStrings(Tags.DeidentificationMethod)))
                .contains("pixels redacted");

        // pydicom decodes the output; every ground-truth box must hold one value only
        Map<String, Rectangle> truth = groundTruth(truthKey);
        StringBuilder boxes = new StringBuilder();
        truth.values()
                .forEach(r -> boxes.append(r.x - PRESIDIO_PADDING)
                        .append(',')
                        .append(r.y - PRESIDIO_PADDING)
                        .append(',')
                        .append(r.width)
                        .append(',')
                        .append(r.height)
                        .append(';'));
        String distinct = ExternalTools.pydicom("""
                ds = pydicom.dcmread(sys.argv[1])
                a = ds.pixel_array
                for b in sys.argv[2].strip(';').split(';'):
                    x, y, w, h = map(int, b.split(','))
                    print(len(set(a[max(y,0):y+h, max(x,0):x+w].ravel().tolist())))
                """, run.output().get().toString(), boxes.toString());
        assertThat(distinct.lines().toList())
                .as("distinct values per ground-truth box")
                .allMatch("1"::equals);

        List<BufferedImage> rendered =
                BurnedInPipeline.renderWithDcmtk(run.output().get(), work, 1);
        assertThat(BurnedInPipeline.legible(TOOLS.ocr(), rendered, List.of(identifiers.split(";"))))
                .isEmpty();
    }

    @Test
    void images_with_nothing_to_clean_keep_byte_identical_pixel_data(@TempDir Path work) throws Exception {
        for (String name : List.of("CT_small.dcm", "MR_small.dcm")) {
            Path input = sample(name);
            BurnedInPipeline.Run run = BurnedInPipeline.deidentify(TOOLS.cleaner(), input, work.resolve(name));
            byte[] before =
                    DicomReader.read(input).dataset().getBytes(Tags.PixelData).orElseThrow();
            byte[] after = run.read().dataset().getBytes(Tags.PixelData).orElseThrow();
            assertThat(after).as(name).isEqualTo(before);
            assertThat(run.read().dataset().getString(Tags.BurnedInAnnotation))
                    .as(name)
                    .hasValue("NO");
        }
    }

    private static Map<String, Rectangle> groundTruth(String key) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(sample("burned-in/presidio_ground_truth.json")));
        Map<String, Rectangle> out = new LinkedHashMap<>();
        for (JsonNode n : root.get(key)) {
            out.put(
                    n.get("label").asString(),
                    new Rectangle(
                            n.get("left").asInt(),
                            n.get("top").asInt(),
                            n.get("width").asInt(),
                            n.get("height").asInt()));
        }
        return out;
    }
}
