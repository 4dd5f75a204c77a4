package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.SyntheticImages;
import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.BurnedInTextPipeline;
import com.medvisionlab.deid.pixels.BurnedInTextPolicy;
import com.medvisionlab.deid.pixels.FuzzyMatcher;
import com.medvisionlab.deid.pixels.ImageOrigin;
import com.medvisionlab.deid.pixels.OcrEngine;
import com.medvisionlab.deid.pixels.RedactionPlan;
import com.medvisionlab.deid.pixels.RegionRuleSet;
import com.medvisionlab.deid.pixels.ResidualTextVerifier;
import com.medvisionlab.deid.pixels.TextDetector;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Per-clip time of burned-in text cleaning with the old coverage (finder on four sampled frames only) against every
 * frame covered (detector on all others, OCR on frames with new text), on the multi-frame samples of ../shared and
 * two synthetic 200-frame 640x480 clips with a name on frames 90-110 only: "synthetic-cine" (every frame differs, as
 * in a live loop) and "synthetic-still" (frames repeat, the early-out's best case). Run through bench/clip-frames.sh.
 *
 * <p>First run (shared 2-core machine, 3 x 1 s iterations, wide error bars), every/sampled: 10-frame palette echo
 * 1.25, its JPEG-LS copy 1.27, 30-frame JPEG baseline 1.50, single-frame control 1.04, 200-frame synthetic cine 0.95
 * and still 0.89 (both ~25 s/clip, dominated by Tesseract on 640x480 speckle: within noise).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class ClipCoverageBenchmark {

    static final Path SHARED = Path.of("../shared/testdata/dicom");

    /** The multi-frame samples (the other burned-in US files are single frames; one is kept as a control). */
    @Param({
        "burned-in/US-PAL-8-10x-echo.dcm",
        "burned-in/US-RGB-8-epicard.dcm",
        "compressed/JPEG-LS-lossless_US_palette_10frames.dcm",
        "compressed/JPEG-baseline_US_multiframe_examples_ybr_color.dcm",
        "synthetic-cine",
        "synthetic-still"
    })
    public String clip;

    @Param({"SAMPLED_FRAMES", "EVERY_FRAME"})
    public String coverage;

    private Path file;
    private OcrEngine ocr;
    private BurnedInTextCleaning cleaning;
    private RedactionPlan plan;

    @Setup
    public void setUp() throws IOException {
        file = clip.startsWith("synthetic") ? synthetic(clip.endsWith("cine")) : SHARED.resolve(clip);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " absent (../shared/testdata not mounted?)");
        }
        ocr = new OcrEngine();
        TextDetector detector = new TextDetector();
        BurnedInTextPipeline pipeline = new BurnedInTextPipeline(
                Optional.of(new BurnedInTextFinder(detector, Optional.of(ocr))),
                Optional.of(new ResidualTextVerifier(ocr, new FuzzyMatcher())));
        cleaning = new BurnedInTextCleaning(pipeline, detector, FrameSurvey.Coverage.valueOf(coverage));
        plan = RedactionPlan.of(
                new ImageOrigin("US", "", "", 0, 0),
                new BurnedInTextPolicy.Input("US", "", "", false),
                List.of(),
                RegionRuleSet.builtIn(),
                new BurnedInTextPolicy());
    }

    @TearDown
    public void tearDown() {
        ocr.close();
    }

    /** Read, clean, re-encode, verify: what one clip costs the de-identification run. */
    @Benchmark
    public BurnedInTextCleaning.Result cleanOneClip() {
        DicomFile dicom = DicomReader.read(file);
        return cleaning.clean(dicom, plan, List.of("KOWALSKI", "JAROSLAW", "PID4711"));
    }

    private static Path synthetic(boolean cine) throws IOException {
        Path out = Path.of("target/bench-clips/" + (cine ? "cine" : "still") + ".dcm");
        if (Files.isRegularFile(out)) {
            return out;
        }
        Files.createDirectories(out.getParent());
        int w = 640;
        int h = 480;
        byte[] noise = new byte[w * h + 200 * 7];
        new Random(11).nextBytes(noise);
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < 200; f++) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            int shift = cine ? 7 * f : 0; // a live loop: every frame's speckle differs
            for (int p = 0; p < w * h; p++) {
                image.getRaster().getDataBuffer().setElem(p, 20 + (noise[p + shift] & 0x3f) / 2);
            }
            if (f >= 90 && f <= 110) {
                SyntheticImages.draw(image, "KOWALSKI JAROSLAW", new Font(Font.SANS_SERIF, Font.BOLD, 26), 40, 300);
            }
            frames.add(image);
        }
        return SyntheticImages.writeClip(frames, "US", "KOWALSKI^JAROSLAW", out);
    }
}
