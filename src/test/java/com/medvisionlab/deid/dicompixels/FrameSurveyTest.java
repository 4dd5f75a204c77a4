package com.medvisionlab.deid.dicompixels;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.SyntheticImages;
import com.medvisionlab.deid.pixels.TextDetector;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The every-frame pass on its own: which frames it detects on, skips, and picks for OCR verification. */
class FrameSurveyTest {

    @Test
    void repeated_frames_are_skipped_and_the_first_frame_with_new_text_is_picked_for_verification(@TempDir Path tmp)
            throws Exception {
        // ten identical frames but 4 and 5 (same caption); sampled are 0, 3, 6, 9
        PixelFrames frames = clip(tmp, List.of(4, 5));

        FrameSurvey.Survey survey = FrameSurvey.of(frames, plan(8));

        assertThat(survey.extraVerified()).containsExactly(4);
        assertThat(survey.notVerified()).isZero();
        // 1, 2 repeat 0; 5 repeats 4; 7, 8 repeat 6: only frame 4 needs the detector
        assertThat(survey.framesRepeated()).isEqualTo(5);
        assertThat(survey.framesDetected()).isEqualTo(1);
        assertThat(survey.blank()).as("detection off: nothing to blank").isEmpty();
    }

    @Test
    void frames_with_new_text_beyond_the_cap_are_counted_not_dropped(@TempDir Path tmp) throws Exception {
        PixelFrames frames = clip(tmp, List.of(4, 5));

        FrameSurvey.Survey survey = FrameSurvey.of(frames, plan(0));

        assertThat(survey.extraVerified()).isEmpty();
        assertThat(survey.notVerified()).isEqualTo(1);
    }

    @Test
    void sampled_coverage_never_looks_between_the_samples(@TempDir Path tmp) throws Exception {
        PixelFrames frames = clip(tmp, List.of(4, 5));

        FrameSurvey.Survey survey = FrameSurvey.of(
                frames,
                new FrameSurvey.Plan(
                        BurnedInTextCleaning.scannedFrames(10),
                        Optional.empty(),
                        new TextDetector(),
                        true,
                        FrameSurvey.Coverage.SAMPLED_FRAMES,
                        8));

        assertThat(survey.extraVerified()).isEmpty();
        assertThat(survey.framesDetected()).isZero();
    }

    private static FrameSurvey.Plan plan(int cap) {
        return new FrameSurvey.Plan(
                BurnedInTextCleaning.scannedFrames(10),
                Optional.empty(),
                new TextDetector(),
                true,
                FrameSurvey.Coverage.EVERY_FRAME,
                cap);
    }

    private static PixelFrames clip(Path tmp, List<Integer> captioned) {
        List<BufferedImage> images = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            BufferedImage image = SyntheticImages.speckle(320, 240);
            if (captioned.contains(f)) {
                SyntheticImages.draw(image, "KOWALSKI JAROSLAW", new Font(Font.SANS_SERIF, Font.BOLD, 22), 20, 150);
            }
            images.add(image);
        }
        return PixelFrames.of(DicomReader.read(SyntheticImages.writeClip(images, "US", "X^Y", tmp.resolve("c.dcm"))));
    }
}
