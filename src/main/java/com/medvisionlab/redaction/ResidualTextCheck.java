package com.medvisionlab.redaction;

import com.medvisionlab.deid.ReviewerRedaction;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.io.DicomFile;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The verification before a quarantined object is released. At ingest the engine re-reads the pixels for the
 * original's identifiers; here the original (and so its identifiers) is gone, so the check is stricter: after the
 * researcher's boxes, the engine's script-independent text detector (Latin and Chinese alike) must find no text on
 * any frame as displayed. Harmless text such as a scale label needs a box too: whoever reviews it judges, not the
 * check. Whole-image OCR for "any word" is deliberately not used: on speckled ultrasound it reads confident junk
 * words in the noise, which would make every release impossible.
 */
@Component
class ResidualTextCheck {

    /** Enough lines to point the researcher at what is left; more would only repeat the same caption. */
    static final int MAX_PROBLEMS = 12;

    /** What is left to redact; empty when the object may be released. */
    List<ReviewMessage> problems(DicomFile file) {
        PixelFrames frames;
        try {
            frames = PixelFrames.of(file);
        } catch (RuntimeException e) {
            return List.of(ReviewMessage.of("redaction.verify.undecodable"));
        }
        List<ReviewMessage> problems = new ArrayList<>();
        for (int i = 0; i < frames.numberOfFrames() && problems.size() < MAX_PROBLEMS; i++) {
            BufferedImage image;
            try {
                image = FrameRenderer.render(frames.frame(i), frames.display());
            } catch (RuntimeException e) {
                return List.of(ReviewMessage.of("redaction.verify.undecodable"));
            }
            for (Rectangle box : ReviewerRedaction.textLeft(image)) {
                problems.add(problem(i, box));
            }
        }
        return List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    private static ReviewMessage problem(int frame, Rectangle box) {
        return ReviewMessage.of("redaction.verify.text-left", frame + 1, box.x, box.y, box.width, box.height);
    }
}
