package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.BurnedInTextPolicy;
import com.medvisionlab.deid.pixels.Boxes;
import com.medvisionlab.deid.pixels.ImageOrigin;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.deid.pixels.PixelScrubber.Origin;
import com.medvisionlab.deid.pixels.Redactor;
import com.medvisionlab.deid.pixels.RegionRuleSet;
import com.medvisionlab.deid.pixels.ResidualTextVerifier;
import com.medvisionlab.deid.pixels.TextRegion;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One DICOM image through burned-in text cleaning:
 * <ol>
 *   <li>decide: known-region rules (modality, manufacturer, model, size), reviewer boxes, and whether to scan
 *       ({@link BurnedInTextPolicy}: modality/header, or "scan all");</li>
 *   <li>when nothing applies, stop: Pixel Data is not even decoded and stays byte-identical;</li>
 *   <li>detect text on up to {@value #FRAMES_SCANNED} evenly spaced frames (first and last included). Clips carry
 *       their annotation at fixed screen places, so the union of the boxes found is blanked on EVERY frame: cheaper
 *       than detecting on hundreds of frames, and a box seen on one frame protects the frames where the detector
 *       happened to miss it;</li>
 *   <li>no box at all: Pixel Data stays byte-identical (the scanned frames are still verified, see 5);</li>
 *   <li>otherwise blank every frame, re-encode losslessly ({@link LosslessRewriter}), then OCR the scanned frames of
 *       the result for the input's identifiers: a hit is a residual finding, which quarantines the file.</li>
 * </ol>
 * The steps mirror {@link com.medvisionlab.deid.pixels.PixelScrubber} (rules, reviewer, detected, all through one
 * {@link Redactor}) but detection is split from redaction so that several frames share one set of boxes.
 */
final class BurnedInTextCleaning {

    static final int FRAMES_SCANNED = 4;

    /**
     * @param image       what region rules match
     * @param header      what the scan decision is made on
     * @param manualBoxes reviewer boxes for this instance
     * @param identifiers the input's identifiers in screen form, for verification
     */
    record Request(ImageOrigin image, BurnedInTextPolicy.Input header, List<Rectangle> manualBoxes,
                   List<String> identifiers) {
    }

    /** Whether anything applies to an image: reviewer boxes, a region rule, or the policy says scan. */
    static boolean mustLook(ImageOrigin image, BurnedInTextPolicy.Input header, List<Rectangle> manualBoxes,
                            RegionRuleSet rules, BurnedInTextPolicy policy) {
        return !manualBoxes.isEmpty() || !rules.boxesFor(image).isEmpty() || policy.decide(header).scan();
    }

    /** A blanked area (margin included, clipped) and where it came from. */
    record Area(Rectangle box, Origin origin) {
    }

    /**
     * @param areas             blanked areas (applied to every frame)
     * @param newTransferSyntax the syntax Pixel Data is now in, when it changed
     * @param residualFindings  identifiers read back from the output, or reasons the image could not be checked
     * @param scanDecision      the policy's verdict
     */
    record Result(List<Area> areas, Optional<String> newTransferSyntax, List<String> residualFindings,
                  BurnedInTextPolicy.Decision scanDecision) {

        /** One line per area, at most 64 characters (a De-identification Method LO value). */
        List<String> describedAreas() {
            return areas.stream().map(a -> String.format("pixels redacted %d,%d %dx%d %s", a.box().x, a.box().y,
                    a.box().width, a.box().height, a.origin().name().toLowerCase(java.util.Locale.ROOT))).toList();
        }
    }

    private final RegionRuleSet rules;
    private final BurnedInTextPolicy policy;
    private final Optional<BurnedInTextFinder> finder;
    private final Optional<ResidualTextVerifier> verifier;
    private final int margin;

    BurnedInTextCleaning(RegionRuleSet rules, BurnedInTextPolicy policy, Optional<BurnedInTextFinder> finder,
                         Optional<ResidualTextVerifier> verifier, int margin) {
        this.rules = rules;
        this.policy = policy;
        this.finder = finder;
        this.verifier = verifier;
        this.margin = margin;
    }

    /** Cleans {@code file}'s dataset in place. */
    Result clean(DicomFile file, Request request) {
        BurnedInTextPolicy.Decision decision = policy.decide(request.header());
        List<Rectangle> ruleBoxes = rules.boxesFor(request.image());
        if (!decision.scan() && ruleBoxes.isEmpty() && request.manualBoxes().isEmpty()) {
            return new Result(List.of(), Optional.empty(), List.of(), decision);
        }
        PixelFrames frames = PixelFrames.of(file);
        int count = frames.numberOfFrames();
        List<Integer> scanned = scannedFrames(count);
        Map<Integer, BufferedImage> scannedImages = new LinkedHashMap<>();
        List<Rectangle> detected = new ArrayList<>();
        ImageDescriptor decoded = null;
        for (int index : scanned) {
            RawFrame frame = frames.frame(index);
            decoded = decoded == null ? frame.descriptor() : decoded;
            BufferedImage image = FrameImages.toImage(frame);
            scannedImages.put(index, image);
            if (decision.scan() && finder.isPresent()) {
                finder.get().find(image).stream().map(TextRegion::box).forEach(b -> addUnique(detected, b));
            }
        }
        if (ruleBoxes.isEmpty() && request.manualBoxes().isEmpty() && detected.isEmpty()) {
            // Nothing to blank: Pixel Data stays as it was, byte for byte; still prove nothing identifying is legible.
            return new Result(List.of(), Optional.empty(), verify(scannedImages, request.identifiers()), decision);
        }

        Redactor redactor = new Redactor(margin, FrameImages.fillFor(decoded));
        List<Area> areas = new ArrayList<>();
        List<RawFrame> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BufferedImage image = scannedImages.containsKey(i) ? scannedImages.get(i)
                    : FrameImages.toImage(frames.frame(i));
            List<Area> done = new ArrayList<>();
            redactor.redact(image, ruleBoxes).forEach(r -> done.add(new Area(r, Origin.RULE)));
            redactor.redact(image, request.manualBoxes()).forEach(r -> done.add(new Area(r, Origin.MANUAL)));
            redactor.redact(image, detected).forEach(r -> done.add(new Area(r, Origin.DETECTED)));
            if (i == 0) {
                areas.addAll(done);
            }
            out.add(FrameImages.toFrame(image, decoded));
        }
        Dataset dataset = file.dataset();
        String source = file.transferSyntax().uid();
        String target = LosslessRewriter.targetSyntax(source, FrameImages.written(decoded));
        LosslessRewriter.write(dataset, out, source, target, LosslessRewriter.encodedLength(dataset));
        // Verify what was written, decoded afresh: an encoder fault cannot hide behind the in-memory image.
        List<String> residual;
        try {
            Map<Integer, BufferedImage> written = new LinkedHashMap<>();
            if (verifier.isPresent() && !request.identifiers().isEmpty()) {
                PixelFrames output = PixelFrames.of(new DicomFile(file.fileMeta(), dataset, TransferSyntax.of(target)));
                scanned.forEach(i -> written.put(i, FrameImages.toImage(output.frame(i))));
            }
            residual = verify(written, request.identifiers());
        } catch (RuntimeException e) {
            // Pixel Data is already replaced: report the new syntax with the failure so even the quarantined copy
            // is consistent.
            residual = List.of("output pixels could not be verified: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
        return new Result(List.copyOf(areas), target.equals(source) ? Optional.empty() : Optional.of(target), residual,
                decision);
    }

    /** OCR of the (redacted) scanned frames for the input's identifiers; the identifier itself is never reported. */
    private List<String> verify(Map<Integer, BufferedImage> images, List<String> identifiers) {
        if (verifier.isEmpty() || identifiers.isEmpty()) {
            return List.of();
        }
        List<String> findings = new ArrayList<>();
        for (Map.Entry<Integer, BufferedImage> e : images.entrySet()) {
            ResidualTextVerifier.Report report = verifier.get().verify(e.getValue(), identifiers);
            for (ResidualTextVerifier.ResidualHit hit : report.hits()) {
                String where = hit.where().map(r -> " at " + r.x + "," + r.y + " " + r.width + "x" + r.height)
                        .orElse("");
                findings.add("identifier legible in pixels of frame " + (e.getKey() + 1) + where);
            }
        }
        return List.copyOf(new TreeSet<>(findings));
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

    /** Drops a box another already covers, so frames that show the same text do not repeat it. */
    private static void addUnique(List<Rectangle> boxes, Rectangle box) {
        if (boxes.stream().noneMatch(b -> Boxes.coverage(box, b) >= 0.9)) {
            boxes.add(box);
        }
    }
}
