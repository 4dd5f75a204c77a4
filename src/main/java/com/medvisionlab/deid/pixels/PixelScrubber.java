package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One image through the whole pixel side: known-region rules, reviewer-drawn boxes and (when the policy says so)
 * detected text, all blacked out through the same {@link Redactor}. Returns where each redaction came from, for the
 * de-identification log and the reviewer's screen.
 */
public final class PixelScrubber {

    /** Why an area was blacked out. */
    public enum Origin { RULE, MANUAL, DETECTED }

    /** A blacked-out area (after margin and clipping), its origin and any text that was read there. */
    public record RedactedArea(Rectangle area, Origin origin, Optional<String> text) {
    }

    /**
     * @param image       what rules are matched on
     * @param header      what the scan decision is made on
     * @param manualBoxes reviewer-drawn boxes, in pixel coordinates
     */
    public record Request(ImageOrigin image, BurnedInTextPolicy.Input header, List<Rectangle> manualBoxes) {
    }

    /** What was done. */
    public record Result(List<RedactedArea> areas, BurnedInTextPolicy.Decision scanDecision) {
    }

    private final RegionRuleSet rules;
    private final BurnedInTextPolicy policy;
    private final BurnedInTextFinder finder;
    private final Redactor redactor;

    public PixelScrubber(RegionRuleSet rules, BurnedInTextPolicy policy, BurnedInTextFinder finder, Redactor redactor) {
        this.rules = rules;
        this.policy = policy;
        this.finder = finder;
        this.redactor = redactor;
    }

    /** Redacts {@code image} in place. Text is detected before anything is blacked out, so boxes do not hide it. */
    public Result scrub(BufferedImage image, Request request) {
        BurnedInTextPolicy.Decision decision = policy.decide(request.header());
        List<TextRegion> detected = decision.scan() ? finder.find(image) : List.of();
        List<RedactedArea> areas = new ArrayList<>();
        for (Rectangle r : redactor.redact(image, rules.boxesFor(request.image()))) {
            areas.add(new RedactedArea(r, Origin.RULE, Optional.empty()));
        }
        for (Rectangle r : redactor.redact(image, request.manualBoxes())) {
            areas.add(new RedactedArea(r, Origin.MANUAL, Optional.empty()));
        }
        for (TextRegion region : detected) {
            redactor.redact(image, List.of(region.box()))
                    .forEach(r -> areas.add(new RedactedArea(r, Origin.DETECTED, region.text())));
        }
        return new Result(List.copyOf(areas), decision);
    }
}
