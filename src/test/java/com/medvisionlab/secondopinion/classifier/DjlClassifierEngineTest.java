package com.medvisionlab.secondopinion.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.secondopinion.EngineAnswer;
import com.medvisionlab.secondopinion.EngineAnswer.ClassifiedFinding;
import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.EngineException;
import com.medvisionlab.secondopinion.EngineQuestion;
import com.medvisionlab.secondopinion.PreparedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real DJL path on the project's demo model (a TorchScript file saved by Debian's PyTorch 1.13, run by PyTorch
 * 2.7.1 natives): load, preprocess a PNG, infer, softmax, findings and text.
 */
class DjlClassifierEngineTest {

    private static DjlClassifierEngine engine;

    @BeforeAll
    static void loadDemoModel() {
        engine = new DjlClassifierEngine(
                "djl-demo",
                "demo disc detector",
                "v1",
                DiscImages.DEMO_SPEC,
                () -> Files.readAllBytes(DiscImages.DEMO_MODEL));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void a_white_disc_is_a_bright_disc_with_high_probability() throws Exception {
        var answer = ask(DiscImages.image(64, 10, 1));

        assertThat(probability(answer, "bright disc")).isGreaterThan(0.99);
        assertThat(probability(answer, "no disc")).isLessThan(0.01);
        assertThat(answer.findings().getFirst().label()).isEqualTo("bright disc");
        assertThat(answer.text()).startsWith("bright disc: 100.0%").contains("no disc: 0.0%");
        assertThat(answer.modelVersion()).isEqualTo("v1");
    }

    @Test
    void an_image_without_a_disc_has_a_low_disc_probability() throws Exception {
        var answer = ask(DiscImages.image(64, 0, 2));

        assertThat(probability(answer, "bright disc")).isLessThan(0.01);
        assertThat(answer.findings().getFirst().label()).isEqualTo("no disc");
    }

    @Test
    void larger_images_are_scaled_to_the_input_size() throws Exception {
        assertThat(probability(ask(DiscImages.image(896, 120, 3)), "bright disc"))
                .isGreaterThan(0.99);
        assertThat(probability(ask(DiscImages.image(896, 0, 4)), "bright disc")).isLessThan(0.01);
    }

    @Test
    void with_several_images_a_label_takes_its_highest_probability_and_the_sink_gets_the_text_once() throws Exception {
        var pieces = new ArrayList<String>();
        var answer =
                engine.answer(question(List.of(DiscImages.image(64, 0, 5), DiscImages.image(64, 9, 6))), pieces::add);

        assertThat(probability(answer, "bright disc")).isGreaterThan(0.99);
        assertThat(pieces).containsExactly(answer.text());
        assertThat(engine.descriptor().kind()).isEqualTo(EngineKind.CLASSIFIER);
        assertThat(engine.descriptor().imageSize()).isEqualTo(64);
    }

    @Test
    void bytes_that_are_not_a_png_are_rejected() {
        var notPng = new PreparedImage(new byte[] {1, 2, 3}, 64, "00", "2.25.1", 1);

        assertThatThrownBy(() -> ask(notPng))
                .isInstanceOf(EngineException.class)
                .extracting(thrown -> ((EngineException) thrown).failure())
                .isEqualTo(EngineException.Failure.REJECTED);
    }

    private static EngineAnswer ask(PreparedImage image) throws EngineException {
        return engine.answer(question(List.of(image)), piece -> {});
    }

    static EngineQuestion question(List<PreparedImage> images) {
        return new EngineQuestion("", "", images, Locale.ENGLISH, Duration.ofSeconds(30));
    }

    private static double probability(EngineAnswer answer, String label) {
        return answer.findings().stream()
                .filter(finding -> finding.label().equals(label))
                .mapToDouble(ClassifiedFinding::probability)
                .findFirst()
                .orElseThrow();
    }
}
