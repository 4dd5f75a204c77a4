package com.medvisionlab.deid;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.pixels.FuzzyMatcher;
import com.medvisionlab.deid.pixels.OcrEngine;
import com.medvisionlab.deid.pixels.TextRegion;
import com.medvisionlab.deid.report.RunReport;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/** Test plumbing for burned-in text cleaning: one file through DeidBatch (teaching preset), dcmtk rendering, OCR. */
final class BurnedInPipeline {

    static final DeidSecret SECRET =
            DeidSecret.fromMaterial("burned-in-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    /** What came out for one input file. */
    record Run(RunReport report, Optional<Path> output, Optional<Path> quarantined, String quarantineReason) {
        DicomFile read() {
            return DicomReader.read(output.orElseThrow(() -> new AssertionError("quarantined: " + quarantineReason)));
        }
    }

    private BurnedInPipeline() {}

    static Run deidentify(PixelCleaner cleaner, Path input, Path work) throws IOException {
        return deidentify(cleaner, DeidConfig.of(DeidPreset.TEACHING), input, work);
    }

    /**
     * The teaching preset with a cleaner that blanks nothing it did not get a rule or box for: what verification
     * alone does with text that detection missed.
     */
    static Run deidentifyWithoutDetection(Path input, Path work) throws IOException {
        try (DicomPixelCleaner blind =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withDetectText(false))) {
            return deidentify(blind, input, work);
        }
    }

    static Run deidentify(PixelCleaner cleaner, DeidConfig config, Path input, Path work) throws IOException {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Path copy = in.resolve(input.getFileName());
        Files.copy(input, copy);
        Path out = work.resolve("out");
        Path q = work.resolve("quarantine");
        DeidEngine engine = new DeidEngine(SECRET, MappingStore.inMemory(SECRET), cleaner);
        RunReport report = new DeidBatch(engine, config).run(in, out, q, (d, t) -> {});
        Path written = out.resolve(input.getFileName());
        Path held = q.resolve(input.getFileName());
        String reason = Files.exists(held.resolveSibling(held.getFileName() + ".reason.txt"))
                ? Files.readString(held.resolveSibling(held.getFileName() + ".reason.txt"))
                : "";
        return new Run(
                report,
                Files.exists(written) ? Optional.of(written) : Optional.empty(),
                Files.exists(held) ? Optional.of(held) : Optional.empty(),
                reason);
    }

    /** Frames rendered by dcmtk's dcmj2pnm (an independent decoder), min-max window; skips when dcmtk is absent. */
    static List<BufferedImage> renderWithDcmtk(Path dicom, Path work, int... frames) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dcmj2pnm")), "dcmj2pnm (Debian dcmtk) absent");
        Files.createDirectories(work);
        List<BufferedImage> out = new ArrayList<>();
        for (int frame : frames) {
            Path png = work.resolve("render-" + frame + ".png");
            ExternalTools.Result r = ExternalTools.run(List.of(
                    "/usr/bin/dcmj2pnm",
                    "--write-png",
                    "+Wm",
                    "+F",
                    String.valueOf(frame),
                    dicom.toString(),
                    png.toString()));
            if (r.exit() != 0) {
                throw new AssertionError("dcmj2pnm failed on " + dicom + ": " + r.output());
            }
            out.add(ImageIO.read(png.toFile()));
        }
        return out;
    }

    /** Identifiers (whole or any token of 3+ characters) that OCR reads anywhere in the images. */
    static List<String> legible(OcrEngine ocr, List<BufferedImage> images, List<String> identifiers) {
        FuzzyMatcher matcher = new FuzzyMatcher();
        List<String> found = new ArrayList<>();
        for (BufferedImage image : images) {
            String text = ocr.readWords(image).stream()
                    .map(TextRegion::text)
                    .flatMap(Optional::stream)
                    .collect(Collectors.joining(" "));
            for (String id : identifiers) {
                matcher.findAnyToken(id, text).ifPresent(m -> found.add(id + " read as '" + m.found() + "'"));
            }
        }
        return found;
    }

    /** Confident OCR words with at least three letters or digits (punctuation read off speckle does not count). */
    static List<String> words(OcrEngine ocr, BufferedImage image) {
        return ocr.readWords(image).stream()
                .filter(w -> w.confidence() >= 60)
                .map(TextRegion::text)
                .flatMap(Optional::stream)
                .filter(w -> w.codePoints().filter(Character::isLetterOrDigit).count() >= 3)
                .toList();
    }
}
