package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.BurnedInTextPipeline;
import com.medvisionlab.deid.pixels.BurnedInTextPolicy;
import com.medvisionlab.deid.pixels.Fill;
import com.medvisionlab.deid.pixels.RedactedArea;
import com.medvisionlab.deid.pixels.RedactionPlan;
import com.medvisionlab.deid.pixels.ResidualTextVerifier;
import com.medvisionlab.deid.pixels.TextDetector;
import com.medvisionlab.deid.pixels.TextPreCheck;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One DICOM image through the {@link BurnedInTextPipeline}, frame by frame:
 * <ol>
 *   <li>the {@link RedactionPlan}: known-region rules (modality, manufacturer, model, size), reviewer boxes, and
 *       how to scan ({@link BurnedInTextPolicy}: every image, with whole-image OCR where the header or modality
 *       announces text; only the operator's "trust the headers" opt-out leaves an image unscanned);</li>
 *   <li>when nothing applies, stop: Pixel Data is not even decoded and stays byte-identical;</li>
 *   <li>find text ({@link FrameSurvey}): detector + Tesseract on up to {@value #FRAMES_SCANNED} evenly spaced frames
 *       (first and last included), the cheap detector alone on every other frame (one decoded frame in memory at a
 *       time; frames stored identical to the previous one are skipped). Clips carry their annotation at fixed
 *       screen places, so the union of the boxes found is blanked on EVERY frame: a box seen on one frame protects
 *       the frames where the detector happened to miss it;</li>
 *   <li>no box at all: Pixel Data stays byte-identical (where text was expected the verified frames are still
 *       checked, see 5; elsewhere nothing was seen, so nothing is read back);</li>
 *   <li>otherwise blank every frame, re-encode losslessly frame by frame ({@link LosslessRewriter}), then OCR the
 *       verified frames of the result for the input's identifiers: a hit is a residual finding, which quarantines
 *       the file. Verified are the sampled frames plus up to {@value #EXTRA_FRAMES_VERIFIED} frames that showed text
 *       where no sampled frame did (a caption shown only mid-loop); further such frames are reported, and block the
 *       file when their text was not blanked (detection off).</li>
 * </ol>
 * What is specific to DICOM is the frames: detection on a sample ({@link FrameSurvey}), one set of boxes blanked on
 * all of them, the lossless re-encoding, and verification of what was written.
 */
final class BurnedInTextCleaning {

    static final int FRAMES_SCANNED = 4;
    /**
     * Frames outside the sample OCR-verified at most. OCR costs ~10-50x the detector per frame; eight bounds the
     * extra cost per clip while covering clips with several captions that come and go.
     */
    static final int EXTRA_FRAMES_VERIFIED = 8;

    /**
     * @param areas             blanked areas (applied to every frame)
     * @param newTransferSyntax the syntax Pixel Data is now in, when it changed
     * @param residualFindings  identifiers read back from the output, or reasons the image could not be checked
     * @param notVerified       frames that showed text at new places but were not OCR-verified (over the cap)
     */
    record Result(
            List<RedactedArea> areas,
            Optional<String> newTransferSyntax,
            List<String> residualFindings,
            int notVerified) {

        /**
         * One line per area, at most 64 characters (a De-identification Method LO value), and a line saying how many
         * frames with text were left unverified when the verification cap was hit.
         */
        List<String> describedAreas() {
            List<String> lines = new ArrayList<>(areas.stream()
                    .map(a -> String.format(
                            "pixels redacted %d,%d %dx%d %s",
                            a.box().x,
                            a.box().y,
                            a.box().width,
                            a.box().height,
                            a.origin().name().toLowerCase(java.util.Locale.ROOT)))
                    .toList());
            if (notVerified > 0) {
                lines.add(unverifiedFrames(notVerified));
            }
            return List.copyOf(lines);
        }
    }

    private static String unverifiedFrames(int count) {
        return "text on " + count + " more frames not OCR-verified (cap " + EXTRA_FRAMES_VERIFIED + ")";
    }

    private static final TextPreCheck PRE_CHECK = new TextPreCheck();

    private final BurnedInTextPipeline pipeline;
    private final TextDetector detector;
    private final FrameSurvey.Coverage coverage;

    /** @param detector the cheap detector run on the frames outside the sample */
    BurnedInTextCleaning(BurnedInTextPipeline pipeline, TextDetector detector) {
        this(pipeline, detector, FrameSurvey.Coverage.EVERY_FRAME);
    }

    /** As above, looking only at the frames {@code coverage} says (the benchmark compares both). */
    BurnedInTextCleaning(BurnedInTextPipeline pipeline, TextDetector detector, FrameSurvey.Coverage coverage) {
        this.pipeline = pipeline;
        this.detector = detector;
        this.coverage = coverage;
    }

    /**
     * Cleans {@code file}'s dataset in place.
     *
     * @param identifiers the input's identifiers in screen form, for verification
     */
    Result clean(DicomFile file, RedactionPlan plan, List<String> identifiers) {
        return clean(file, plan, () -> identifiers);
    }

    /**
     * As above with the identifiers built on demand: their screen spellings are costly, and an image where no text
     * is expected and none is found (most of a CT series) never needs them.
     */
    Result clean(DicomFile file, RedactionPlan plan, Supplier<List<String>> screenIdentifiers) {
        Supplier<List<String>> identifiers = memoized(screenIdentifiers);
        if (plan.leavesPixelsAlone()) {
            return new Result(List.of(), Optional.empty(), List.of(), 0);
        }
        if (!plan.textExpected()
                && plan.ruleBoxes().isEmpty()
                && plan.manualBoxes().isEmpty()
                && StreamedPreCheck.noTextInAnyFrame(file, PRE_CHECK)) {
            // Where no text is expected and no frame may hold any, nothing is decoded (nor held: see the class).
            return new Result(List.of(), Optional.empty(), List.of(), 0);
        }
        PixelFrames frames = PixelFrames.of(file);
        int count = frames.numberOfFrames();
        List<Integer> scanned = scannedFrames(count);
        // where no text is expected the identifiers are only built once text was found (see below)
        boolean verifying = plan.textExpected() ? pipeline.verifies(identifiers.get()) : pipeline.verifies();
        Optional<BurnedInTextFinder> blanking = pipeline.textFinder(plan);
        FrameSurvey.Survey survey = FrameSurvey.of(
                frames,
                new FrameSurvey.Plan(
                        scanned, blanking, detector, verifying, coverage, EXTRA_FRAMES_VERIFIED, plan.textExpected()));
        List<Integer> verified = new ArrayList<>(scanned);
        verified.addAll(survey.extraVerified());
        List<String> unverified = survey.notVerified() > 0 && blanking.isEmpty()
                // text neither blanked (detection off) nor read back: it cannot be released unchecked
                ? List.of(unverifiedFrames(survey.notVerified()))
                : List.of();
        List<Rectangle> detected = survey.blank();
        if (plan.ruleBoxes().isEmpty() && plan.manualBoxes().isEmpty() && detected.isEmpty() && !plan.textExpected()) {
            // No text expected and the detector saw none on any frame: nothing for OCR to read back (a CT slice
            // without text never reaches Tesseract); Pixel Data stays as it was, byte for byte.
            return new Result(List.of(), Optional.empty(), List.of(), 0);
        }
        if (plan.ruleBoxes().isEmpty() && plan.manualBoxes().isEmpty() && detected.isEmpty()) {
            // Nothing to blank: Pixel Data stays as it was, byte for byte; still prove nothing identifying is legible.
            List<String> residual = new ArrayList<>(verify(verified, frames, identifiers.get()));
            residual.addAll(unverified);
            return new Result(List.of(), Optional.empty(), List.copyOf(residual), survey.notVerified());
        }

        ImageDescriptor decoded = survey.decoded();
        Fill fill = FrameImages.fillFor(decoded);
        List<RedactedArea> areas = new ArrayList<>();
        IntFunction<RawFrame> blanked = i -> {
            BufferedImage image = FrameImages.toImage(frames.frame(i));
            List<RedactedArea> done = pipeline.redact(image, fill, plan, detected);
            if (i == 0) {
                areas.addAll(done);
            }
            return FrameImages.toFrame(image, decoded);
        };
        Dataset dataset = file.dataset();
        String source = file.transferSyntax().uid();
        ImageDescriptor written = FrameImages.written(decoded);
        String target = LosslessRewriter.targetSyntax(source, written);
        LosslessRewriter.write(
                dataset,
                new LosslessRewriter.Frames(written, count, blanked),
                source,
                target,
                LosslessRewriter.encodedLength(dataset));
        // Verify what was written, decoded afresh: an encoder fault cannot hide behind the in-memory image.
        List<String> residual = new ArrayList<>();
        try {
            if (verifying) {
                PixelFrames output = PixelFrames.of(new DicomFile(file.fileMeta(), dataset, TransferSyntax.of(target)));
                residual.addAll(verify(verified, output, identifiers.get()));
            }
        } catch (RuntimeException e) {
            // Pixel Data is already replaced: report the new syntax with the failure so even the quarantined copy
            // is consistent.
            residual.add(
                    "output pixels could not be verified: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        residual.addAll(unverified);
        return new Result(
                List.copyOf(areas),
                target.equals(source) ? Optional.empty() : Optional.of(target),
                List.copyOf(residual),
                survey.notVerified());
    }

    /**
     * OCR of frames {@code indices} (decoded one at a time) for the input's identifiers; the identifier itself is
     * never reported.
     */
    private List<String> verify(List<Integer> indices, PixelFrames frames, List<String> identifiers) {
        if (!pipeline.verifies(identifiers)) {
            return List.of();
        }
        List<String> findings = new ArrayList<>();
        for (int index : indices) {
            BufferedImage image = FrameImages.toImage(frames.frame(index));
            for (ResidualTextVerifier.ResidualHit hit : pipeline.residualHits(image, identifiers)) {
                String where = hit.where()
                        .map(r -> " at " + r.x + "," + r.y + " " + r.width + "x" + r.height)
                        .orElse("");
                findings.add("identifier legible in pixels of frame " + (index + 1) + where);
            }
        }
        return List.copyOf(new TreeSet<>(findings));
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /** Evenly spaced frame indices, first and last included, at most {@value #FRAMES_SCANNED}. */
    static List<Integer> scannedFrames(int count) {
        if (count <= FRAMES_SCANNED) {
            return java.util.stream.IntStream.range(0, count).boxed().toList();
        }
        TreeSet<Integer> picks = new TreeSet<>();
        for (int k = 0; k < FRAMES_SCANNED; k++) {
            picks.add((int) Math.round(k * (count - 1) / (double) (FRAMES_SCANNED - 1)));
        }
        return List.copyOf(picks);
    }
}
