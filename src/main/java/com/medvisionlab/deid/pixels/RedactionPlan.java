package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.util.List;

/**
 * The first steps of the {@link BurnedInTextPipeline} for one image, decided from its header before any pixel is
 * decoded: the boxes of matching known-region rules, the reviewer's boxes, and whether to scan for text.
 *
 * @param scanDecision the policy's verdict: scan for text or not
 * @param ruleBoxes    boxes of the region rules matching the image
 * @param manualBoxes  boxes a reviewer drew
 */
public record RedactionPlan(
        BurnedInTextPolicy.Decision scanDecision, List<Rectangle> ruleBoxes, List<Rectangle> manualBoxes) {

    /** Photos and screenshots have no device to match rules on and no header to trust: they are always scanned. */
    private static final RedactionPlan PHOTO = new RedactionPlan(
            new BurnedInTextPolicy.Decision(true, true, "photos are always scanned"), List.of(), List.of());

    public RedactionPlan {
        ruleBoxes = List.copyOf(ruleBoxes);
        manualBoxes = List.copyOf(manualBoxes);
    }

    /**
     * @param image       what region rules match
     * @param header      what the scan decision is made on
     * @param manualBoxes reviewer boxes for this image
     */
    public static RedactionPlan of(
            ImageOrigin image,
            BurnedInTextPolicy.Input header,
            List<Rectangle> manualBoxes,
            RegionRuleSet rules,
            BurnedInTextPolicy policy) {
        return new RedactionPlan(policy.decide(header), rules.boxesFor(image), manualBoxes);
    }

    /** The plan for a photo or screenshot: detected text only. */
    public static RedactionPlan photo() {
        return PHOTO;
    }

    /**
     * Whether text is expected on this image (header, modality, photo): then OCR reads the whole image and the
     * result is verified even when the detector found nothing. Otherwise OCR runs only where the detector found text.
     */
    public boolean textExpected() {
        return scanDecision.textExpected();
    }

    /** Nothing to blank and no reason to look: the pixels need not even be decoded. */
    public boolean leavesPixelsAlone() {
        return !scanDecision.scan() && ruleBoxes.isEmpty() && manualBoxes.isEmpty();
    }
}
