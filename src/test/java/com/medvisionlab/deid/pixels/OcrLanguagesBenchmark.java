package com.medvisionlab.deid.pixels;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-image OCR time of the English engine against eng+chi_sim (what verification uses for patients with a name in
 * Han characters) and chi_sim alone, on presidio's CT localizer (synthetic radiograph when ../shared is absent) and
 * a synthetic ultrasound frame with Latin and Chinese annotations. Run through bench/ocr-languages.sh (ratios).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class OcrLanguagesBenchmark {

    @Param({"eng", "eng+chi_sim", "chi_sim"})
    public String languages;

    private OcrEngine ocr;
    private BufferedImage localizer;
    private BufferedImage ultrasound;

    @Setup
    public void setUp() {
        List<OcrEngine.Language> list = Arrays.stream(languages.split("\\+"))
                .map(code -> switch (code) {
                    case "eng" -> OcrEngine.Language.ENGLISH;
                    case "chi_sim" -> OcrEngine.Language.SIMPLIFIED_CHINESE;
                    default -> throw new IllegalArgumentException(code);
                })
                .toList();
        ocr = new OcrEngine(3, list);
        Path png = Path.of("../shared/testdata/dicom/burned-in/presidio_2_ORIGINAL.png");
        try {
            localizer = Files.isRegularFile(png) ? ImageIO.read(png.toFile()) : syntheticLocalizer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ultrasound = Phantoms.ultrasound(640, 480, 11);
        Font font = new Font("WenQuanYi Zen Hei", Font.PLAIN, 14);
        Phantoms.drawText(ultrasound, "姓名 王小东  ID PID4711", font, 230, 12, 22);
        Phantoms.drawText(ultrasound, "GE LOGIQ E9  C1-5  12cm  2024-03-05", font, 230, 12, 44);
    }

    private static BufferedImage syntheticLocalizer() {
        BufferedImage image = Phantoms.radiograph(512, 512, 3);
        Phantoms.drawText(
                image, "KAUFMAN SCOTT [M] 03.09.2012", new Font(Font.SANS_SERIF, Font.PLAIN, 12), 255, 10, 20);
        return image;
    }

    @TearDown
    public void tearDown() {
        ocr.close();
    }

    @Benchmark
    public List<TextRegion> localizer() {
        return ocr.readWords(localizer);
    }

    @Benchmark
    public List<TextRegion> ultrasound() {
        return ocr.readWords(ultrasound);
    }
}
