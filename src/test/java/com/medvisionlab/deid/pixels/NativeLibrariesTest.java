package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NativeLibrariesTest {

    @Test
    void tesseract_loads_the_english_model_from_the_classpath_and_reads_rendered_text() {
        BufferedImage img = new BufferedImage(400, 60, BufferedImage.TYPE_BYTE_GRAY);
        Phantoms.drawText(img, "PATIENT SMITH 1984", new Font(Font.SANS_SERIF, Font.BOLD, 24), 255, 10, 40);

        try (OcrEngine ocr = new OcrEngine(1)) {
            String text =
                    ocr.readWords(img).stream().map(w -> w.text().orElse("")).collect(Collectors.joining(" "));
            assertThat(text).isEqualTo("PATIENT SMITH 1984");
        }
    }

    @Test
    void opencv_runs_the_detector_natively() {
        assertThat(new TextDetector().detect(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY)))
                .isEmpty();
    }
}
