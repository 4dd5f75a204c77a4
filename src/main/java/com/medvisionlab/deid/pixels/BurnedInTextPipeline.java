package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one burned-in text pipeline, for DICOM frames and photos alike: known-region rules and reviewer boxes
 * ({@link RedactionPlan}) → detected text ({@link #textFinder}) → all three blacked out through one
 * {@link Redactor} ({@link #redact}) → the result re-read for the input's identifiers ({@link #residualHits}).
 * Images are sample-exact {@link BufferedImage}s (8/16-bit grey, signed grey, palette, RGB), which a decoded DICOM
 * frame and a decoded photo both are. The steps are separate so that a caller with many frames (a DICOM clip) can
 * look for text on some of them and blank the union on all; a single image goes through {@link #scrub}.
 */
public final class BurnedInTextPipeline {

    private final Optional<BurnedInTextFinder> finder;
    private final Optional<ResidualTextVerifier> verifier;

    /**
     * @param finder   text detection (empty: only rule and reviewer boxes are blanked)
     * @param verifier re-reads redacted images (empty: no verification)
     */
    public BurnedInTextPipeline(Optional<BurnedInTextFinder> finder, Optional<ResidualTextVerifier> verifier) {
        this.finder = finder;
        this.verifier = verifier;
    }

    /** The detection step, when the plan says to scan and detection is on; its boxes are to be blanked. */
    public Optional<BurnedInTextFinder> textFinder(RedactionPlan plan) {
        return plan.scanDecision().scan() ? finder : Optional.empty();
    }

    /**
     * Blacks out, in place, the plan's rule boxes, then its reviewer boxes, then {@code detected}, and returns the
     * areas filled in that order.
     *
     * @param fill what "black" is for this image (e.g. the maximum for MONOCHROME1)
     */
    public List<RedactedArea> redact(BufferedImage image, Fill fill, RedactionPlan plan, List<Rectangle> detected) {
        Redactor redactor = new Redactor(Redactor.DEFAULT_MARGIN, fill);
        List<RedactedArea> areas = new ArrayList<>();
        redactor.redact(image, plan.ruleBoxes()).forEach(r -> areas.add(new RedactedArea(r, RedactedArea.Origin.RULE)));
        redactor.redact(image, plan.manualBoxes())
                .forEach(r -> areas.add(new RedactedArea(r, RedactedArea.Origin.MANUAL)));
        redactor.redact(image, detected).forEach(r -> areas.add(new RedactedArea(r, RedactedArea.Origin.DETECTED)));
        return List.copyOf(areas);
    }

    /**
     * One image through detection and redaction. Text is found before anything is blacked out, so that no box
     * hides part of a line from the detector.
     */
    public List<RedactedArea> scrub(BufferedImage image, Fill fill, RedactionPlan plan) {
        if (plan.leavesPixelsAlone()) {
            return List.of();
        }
        List<Rectangle> detected = textFinder(plan)
                .map(f -> f.find(image).stream().map(TextRegion::box).toList())
                .orElse(List.of());
        return redact(image, fill, plan, detected);
    }

    /** Whether verification is on at all (before the identifiers are known). */
    public boolean verifies() {
        return verifier.isPresent();
    }

    /** Whether {@link #residualHits} can find anything: verification is on and there is something to look for. */
    public boolean verifies(List<String> identifiers) {
        return verifier.isPresent() && !identifiers.isEmpty();
    }

    /** The identifiers still legible in {@code image} (empty when verification is off). */
    public List<ResidualTextVerifier.ResidualHit> residualHits(BufferedImage image, List<String> identifiers) {
        if (!verifies(identifiers)) {
            return List.of();
        }
        return verifier.get().verify(image, identifiers).hits();
    }
}
