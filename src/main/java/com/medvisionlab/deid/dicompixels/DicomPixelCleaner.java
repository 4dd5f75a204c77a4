package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.PixelCleaner;
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
import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;

/**
 * The engine's {@link PixelCleaner} for DICOM images (Clean Pixel Data): see {@link BurnedInTextCleaning} for what
 * is done to one image. Install it with {@link #standard(Settings)} (Tesseract + OpenCV detector); it is the
 * cleaner the {@code deid} command uses whenever the options include CLEAN_PIXEL_DATA. Close it to free the native
 * OCR engine. Calls are serialised by the OCR engine, so one instance per worker thread scales best.
 */
public final class DicomPixelCleaner implements PixelCleaner, AutoCloseable {

    /**
     * @param scanAll        scan every image for text (the default): no header can switch the scan off. False is
     *                       the operator's explicit opt-out ("trust the headers"): images whose header and modality
     *                       announce no text are then left unscanned, and each says so in its De-identification
     *                       Method and the run report
     * @param reviewerBoxes  boxes a reviewer drew, per original SOP Instance UID
     * @param detectText     run text detection (off: only rules and reviewer boxes are blanked; verification still
     *                       reads the pixels, including frames of a clip where the detector sees text the sampled
     *                       frames lack, so missed text still quarantines the file)
     * @param verify         re-read the output pixels for the input's identifiers (a hit quarantines the file)
     */
    public record Settings(boolean scanAll, ReviewerBoxes reviewerBoxes, boolean detectText, boolean verify) {
        public static Settings defaults() {
            return new Settings(true, ReviewerBoxes.none(), true, true);
        }

        public Settings withScanAll(boolean all) {
            return new Settings(all, reviewerBoxes, detectText, verify);
        }

        public Settings withReviewerBoxes(ReviewerBoxes boxes) {
            return new Settings(scanAll, boxes, detectText, verify);
        }

        public Settings withDetectText(boolean detect) {
            return new Settings(scanAll, reviewerBoxes, detect, verify);
        }
    }

    /** What an image unscanned under the opt-out says about itself (a De-identification Method LO value). */
    static final String NOT_SCANNED = "pixels not scanned for text: header trusted";

    private final Settings settings;
    private final RegionRuleSet rules;
    private final BurnedInTextPolicy policy = new BurnedInTextPolicy();
    /** Created when OCR first has text to read: a run of plain CT/MR without text never loads Tesseract. */
    private OcrEngine ocr;
    /** eng+chi_sim, for verifying images whose patient has a name in Han characters; created on the first such. */
    private OcrEngine chineseOcr;

    private BurnedInTextCleaning cleaning;

    private DicomPixelCleaner(Settings settings, RegionRuleSet rules) {
        this.settings = settings;
        this.rules = rules;
    }

    /** Detector + English Tesseract (eng+chi_sim when verifying Chinese names) + the shipped region rules. */
    public static DicomPixelCleaner standard(Settings settings) {
        return new DicomPixelCleaner(settings, RegionRuleSet.builtIn());
    }

    /** As {@link #standard} with other known-region rules. */
    public static DicomPixelCleaner withRules(Settings settings, RegionRuleSet rules) {
        return new DicomPixelCleaner(settings, rules);
    }

    private synchronized BurnedInTextCleaning cleaning() {
        if (cleaning == null) {
            TextDetector detector = new TextDetector();
            Optional<BurnedInTextFinder> finder =
                    settings.detectText() ? Optional.of(new BurnedInTextFinder(detector, this::ocr)) : Optional.empty();
            Optional<ResidualTextVerifier> verifier = settings.verify()
                    ? Optional.of(new ResidualTextVerifier(this::ocr, new FuzzyMatcher())
                            .readingChineseWith(this::chineseOcr))
                    : Optional.empty();
            cleaning = new BurnedInTextCleaning(new BurnedInTextPipeline(finder, verifier), detector);
        }
        return cleaning;
    }

    private synchronized OcrEngine ocr() {
        if (ocr == null) {
            ocr = new OcrEngine();
        }
        return ocr;
    }

    private synchronized OcrEngine chineseOcr() {
        if (chineseOcr == null) {
            chineseOcr = new OcrEngine(3, List.of(OcrEngine.Language.ENGLISH, OcrEngine.Language.SIMPLIFIED_CHINESE));
        }
        return chineseOcr;
    }

    @Override
    public boolean inspectsPixels() {
        return true;
    }

    @Override
    public Outcome clean(Dataset dataset, DeidConfig config) {
        // Without the file meta the transfer syntax is unknown: refuse rather than guess (the engine never does this).
        boolean hasPixels = dataset.contains(Tags.PixelData);
        return new Outcome(0, hasPixels ? List.of("pixel cleaner called without file meta") : List.of());
    }

    @Override
    public Outcome clean(Dataset ds, DeidConfig config, Context context) {
        if (!ds.contains(Tags.PixelData)) {
            return new Outcome(0, List.of());
        }
        ImageOrigin origin = new ImageOrigin(
                text(ds, Tags.Modality),
                text(ds, Tags.Manufacturer),
                text(ds, Tags.ManufacturerModelName),
                ds.getInt(Tags.Rows).orElse(0),
                ds.getInt(Tags.Columns).orElse(0));
        BurnedInTextPolicy.Input header = new BurnedInTextPolicy.Input(
                text(ds, Tags.Modality),
                text(ds, Tags.BurnedInAnnotation),
                String.join("\\", ds.getStrings(Tags.ImageType)),
                !settings.scanAll());
        Optional<String> sop = context.originalSopInstanceUid();
        List<Rectangle> manualBoxes = sop.isEmpty() || settings.reviewerBoxes().isEmpty()
                ? List.of()
                : settings.reviewerBoxes().forInstance(sop.get());
        RedactionPlan plan = RedactionPlan.of(origin, header, manualBoxes, rules, policy);
        if (plan.leavesPixelsAlone()) {
            // Only under the operator's opt-out: said on the image and in the report, Pixel Data not even decoded.
            return new Outcome(0, List.of(), List.of(NOT_SCANNED));
        }
        Dataset meta = context.fileMeta();
        String syntax = meta.getString(Tags.TransferSyntaxUID)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid());
        // Built on demand: the screen spellings of every identifier are costly and most images need none.
        java.util.function.Supplier<List<String>> identifiers = () -> ScreenIdentifiers.of(context);
        BurnedInTextCleaning.Result result;
        try {
            result = cleaning().clean(new DicomFile(meta, ds, TransferSyntax.of(syntax)), plan, identifiers);
        } catch (DicomException | FrameImages.Unsupported e) {
            // Not decodable or not convertible: if it had to be looked at, it cannot be released unchecked.
            return new Outcome(0, List.of("pixel data not checked for burned-in text: " + e.getMessage()));
        } catch (RuntimeException e) {
            // e.g. the OCR engine failing on one image: quarantine that file instead of aborting the whole batch
            return new Outcome(
                    0, List.of("burned-in text check failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        result.newTransferSyntax().ifPresent(uid -> meta.setString(Tags.TransferSyntaxUID, VR.UI, uid));
        List<String> described =
                result.areas().isEmpty() && result.residualFindings().isEmpty()
                        ? result.describedAreas()
                        : withScanReason(plan, result.describedAreas());
        return new Outcome(result.areas().size(), result.residualFindings(), described);
    }

    /** Why the image was scanned, first, where text was found: at most 64 characters, as each of the lines. */
    private static List<String> withScanReason(RedactionPlan plan, List<String> areas) {
        String reason = "text scan: " + plan.scanDecision().reason();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(reason.length() <= 64 ? reason : reason.substring(0, 64));
        lines.addAll(areas);
        return List.copyOf(lines);
    }

    private static String text(Dataset ds, int tag) {
        return String.join("\\", ds.getStrings(tag));
    }

    @Override
    public synchronized void close() {
        if (ocr != null) {
            ocr.close();
        }
        if (chineseOcr != null) {
            chineseOcr.close();
        }
    }
}
