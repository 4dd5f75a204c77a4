package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.pixels.Boxes;
import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.TextDetector;
import com.medvisionlab.deid.pixels.TextPreCheck;
import com.medvisionlab.deid.pixels.TextRegion;
import com.medvisionlab.dicom.codec.EncodedFrame;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.RawFrame;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Looks for text on the frames of one image, holding one decoded frame at a time (never the whole clip):
 * <ul>
 *   <li>where the header does not announce text, each frame first goes through the {@link TextPreCheck} (plain Java
 *       on the stored samples), and only frames that may carry text reach the detector; OCR then reads only the
 *       lines the detector flagged;</li>
 *   <li>the sampled frames get the full finder (detector + Tesseract), the costly part;</li>
 *   <li>with {@link Coverage#EVERY_FRAME}, every other frame gets the cheap OpenCV detector, so a caption shown
 *       only between the samples is found too; a frame whose stored bytes equal the previous frame's is skipped
 *       (a frozen loop or a still costs one byte comparison per frame);</li>
 *   <li>a frame showing text where no sampled frame (nor an earlier such frame) showed any is picked for OCR
 *       verification, at most {@code extraCap} of them; the rest are counted, not silently dropped.</li>
 * </ul>
 */
final class FrameSurvey {

    /** Which frames are looked at. */
    enum Coverage {
        /** Only the sampled frames (the behaviour before every frame was covered; kept for the benchmark). */
        SAMPLED_FRAMES,
        /** The sampled frames with the finder, every other frame with the detector. */
        EVERY_FRAME
    }

    /**
     * @param blank          boxes to blank on every frame (empty unless detection is on)
     * @param decoded        what decoded frames look like (e.g. RGB for a YBR source)
     * @param extraVerified  frames outside the sample that showed text at new places, to be OCR-verified
     * @param notVerified    further such frames, beyond the cap, that are not verified
     * @param framesDetected frames outside the sample the detector ran on
     * @param framesRepeated frames skipped because their stored bytes equal the previous frame's
     */
    record Survey(
            List<Rectangle> blank,
            ImageDescriptor decoded,
            List<Integer> extraVerified,
            int notVerified,
            int framesDetected,
            int framesRepeated) {}

    /**
     * @param finder   run on the sampled frames; when present its boxes (and the detector's on other frames) are
     *                 to be blanked
     * @param detector the cheap detector for the other frames
     * @param extraCap at most this many frames outside the sample are picked for verification
     * @param textExpected the header or modality announces text: the sampled frames are read whole by OCR; otherwise
     *                 every frame first goes through the {@link TextPreCheck} (both rules) and OCR reads only the
     *                 lines the detector flags
     */
    record Plan(
            List<Integer> sampled,
            Optional<BurnedInTextFinder> finder,
            TextDetector detector,
            boolean pickForVerification,
            Coverage coverage,
            int extraCap,
            boolean textExpected) {

        /** A plan for an image whose header announces text (the benchmark's and older callers' case). */
        Plan(
                List<Integer> sampled,
                Optional<BurnedInTextFinder> finder,
                TextDetector detector,
                boolean pickForVerification,
                Coverage coverage,
                int extraCap) {
            this(sampled, finder, detector, pickForVerification, coverage, extraCap, true);
        }
    }

    private static final TextPreCheck PRE_CHECK = new TextPreCheck();

    private FrameSurvey() {}

    static Survey of(PixelFrames frames, Plan plan) {
        boolean blanking = plan.finder().isPresent();
        boolean looking = blanking || plan.pickForVerification() && plan.coverage() == Coverage.EVERY_FRAME;
        List<Rectangle> blank = new ArrayList<>();
        List<Rectangle> seen = new ArrayList<>();
        ImageDescriptor decoded = null;
        for (int index : plan.sampled()) {
            RawFrame frame = frames.frame(index);
            decoded = decoded == null ? frame.descriptor() : decoded;
            if (!looking) {
                break; // rules and reviewer boxes only: the descriptor is all that is needed
            }
            List<Rectangle> boxes = sampledBoxes(frame, plan, blanking);
            if (blanking) {
                boxes.forEach(b -> addUnique(blank, b));
            }
            seen.addAll(boxes);
        }
        List<Integer> extra = new ArrayList<>();
        int notVerified = 0;
        int detected = 0;
        int repeated = 0;
        if (looking && plan.coverage() == Coverage.EVERY_FRAME) {
            long frameBytes = nativeFrameBytes(frames.descriptor());
            EncodedFrame previous = null;
            for (int i = 0; i < frames.numberOfFrames(); i++) {
                EncodedFrame encoded = frames.encoded(i);
                boolean same = previous != null && sameBytes(previous, encoded, frameBytes);
                previous = encoded;
                if (plan.sampled().contains(i)) {
                    continue;
                }
                if (same) {
                    repeated++;
                    continue;
                }
                detected++;
                List<Rectangle> boxes = detected(frames.frame(i), plan);
                if (blanking) {
                    boxes.forEach(b -> addUnique(blank, b));
                }
                if (plan.pickForVerification() && boxes.stream().anyMatch(b -> Boxes.coverage(b, seen) < COVERED)) {
                    seen.addAll(boxes);
                    if (extra.size() < plan.extraCap()) {
                        extra.add(i);
                    } else {
                        notVerified++;
                    }
                }
            }
        }
        return new Survey(List.copyOf(blank), decoded, List.copyOf(extra), notVerified, detected, repeated);
    }

    /**
     * The sampled frame's text: the whole finder where text is expected, else the pre-check, then the detector with
     * OCR on its lines only.
     */
    private static List<Rectangle> sampledBoxes(RawFrame frame, Plan plan, boolean blanking) {
        if (blanking && plan.textExpected()) {
            return boxes(plan.finder().get().find(FrameImages.toImage(frame)));
        }
        if (!FrameImages.mayContainText(frame, PRE_CHECK, !plan.textExpected())) {
            return new ArrayList<>();
        }
        BufferedImage image = FrameImages.toImage(frame);
        return blanking
                ? boxes(plan.finder().get().findWhereDetected(image))
                : boxes(plan.detector().detect(image));
    }

    /** The detector's lines on a frame outside the sample, after the pre-check (its texture rule only where no text is expected). */
    private static List<Rectangle> detected(RawFrame frame, Plan plan) {
        if (!FrameImages.mayContainText(frame, PRE_CHECK, !plan.textExpected())) {
            return new ArrayList<>();
        }
        return boxes(plan.detector().detect(FrameImages.toImage(frame)));
    }

    /** A box at least this much inside known boxes shows nothing new. */
    private static final double COVERED = 0.9;

    private static List<Rectangle> boxes(List<TextRegion> regions) {
        return new ArrayList<>(regions.stream().map(TextRegion::box).toList());
    }

    /** Drops a box another already covers, so frames that show the same text do not repeat it. */
    static void addUnique(List<Rectangle> boxes, Rectangle box) {
        if (boxes.stream().noneMatch(b -> Boxes.coverage(box, b) >= COVERED)) {
            boxes.add(box);
        }
    }

    /** Bytes of one native frame; 0 when frames do not start on byte boundaries (1-bit), so none is skipped. */
    private static long nativeFrameBytes(ImageDescriptor stored) {
        long bits = stored.nativeFrameLengthInBits();
        return bits % 8 == 0 ? bits / 8 : 0;
    }

    /** Whether two frames of one Pixel Data element are stored as the same bytes. */
    static boolean sameBytes(EncodedFrame a, EncodedFrame b, long nativeFrameBytes) {
        if (a instanceof EncodedFrame.Compressed ca && b instanceof EncodedFrame.Compressed cb) {
            return Arrays.equals(ca.codestream(), cb.codestream());
        }
        if (a instanceof EncodedFrame.Native na && b instanceof EncodedFrame.Native nb && nativeFrameBytes > 0) {
            long from = na.frameIndex() * nativeFrameBytes;
            long to = nb.frameIndex() * nativeFrameBytes;
            if (from + nativeFrameBytes > na.pixelData().length || to + nativeFrameBytes > nb.pixelData().length) {
                return false; // a short last frame: let the decoder report it
            }
            return Arrays.equals(
                    na.pixelData(), (int) from, (int) (from + nativeFrameBytes), nb.pixelData(), (int) to, (int)
                            (to + nativeFrameBytes));
        }
        return false;
    }
}
