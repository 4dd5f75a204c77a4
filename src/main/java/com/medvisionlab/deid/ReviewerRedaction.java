package com.medvisionlab.deid;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.dicompixels.ReviewerBoxes;
import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.pixels.RegionRuleSet;
import com.medvisionlab.deid.pixels.TextDetector;
import com.medvisionlab.deid.pixels.TextRegion;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reviewer's redaction of an ALREADY de-identified object (held in quarantine, or stored with its automatic
 * redactions) needs from the engine, so the portal's review module needs none of the engine's parts: the reviewer's
 * boxes blanked on every frame by the engine's own pixel cleaner (as {@link ReviewerBoxes}, re-encoded without
 * further loss, no region rule applied twice, no detection), and the engine's script-independent text detector asked
 * what text is left. The original's identifiers are gone with the original, so nothing is verified against them.
 */
public final class ReviewerRedaction {

    private static final RegionRuleSet NO_RULES = noRules();

    private ReviewerRedaction() {}

    /**
     * Blanks {@code boxes} on every frame of {@code file}'s Pixel Data, in place; the file meta's Transfer Syntax UID
     * names the syntax Pixel Data is then in.
     *
     * @return the areas blanked, one line each as the engine writes them into De-identification Method, and, as
     *     residual findings, why the pixels could not be redacted (English, for the log)
     */
    public static PixelCleaner.Outcome blank(DicomFile file, List<Rectangle> boxes) {
        Optional<String> sop = file.dataset().getString(Tags.SOPInstanceUID).map(String::strip);
        if (sop.isEmpty() || !file.dataset().contains(Tags.PixelData)) {
            return new PixelCleaner.Outcome(0, List.of("no SOP Instance UID or no Pixel Data"));
        }
        if (file.fileMeta().getString(Tags.TransferSyntaxUID).isEmpty()) {
            file.fileMeta()
                    .setString(
                            Tags.TransferSyntaxUID, VR.UI, file.transferSyntax().uid());
        }
        var settings = new DicomPixelCleaner.Settings(
                false, ReviewerBoxes.ofInstances(Map.of(sop.get(), boxes)), false, false);
        try (var cleaner = DicomPixelCleaner.withRules(settings, NO_RULES)) {
            return cleaner.clean(
                    file.dataset(),
                    DeidConfig.of(DeidPreset.TEACHING),
                    new PixelCleaner.Context(file.fileMeta(), new IdentifyingValues(), sop, List.of()));
        }
    }

    /** Text lines the engine's detector sees in {@code image} (e.g. a frame as displayed), top to bottom. */
    public static List<Rectangle> textLeft(BufferedImage image) {
        return new TextDetector().detect(image).stream().map(TextRegion::box).toList();
    }

    private static RegionRuleSet noRules() {
        try {
            return RegionRuleSet.parse(new StringReader(""), "none");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
