package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.pixels.OcrEngine.Language;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The eng+chi_sim engine the build ships: Chinese names burned into pixels are read and caught by verification. */
class ChineseOcrTest {

    private static final List<Language> ENG_CHI = List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE);

    private static OcrEngine english;
    private static OcrEngine chinese;

    @BeforeAll
    static void start() {
        english = new OcrEngine();
        chinese = new OcrEngine(3, ENG_CHI);
    }

    @AfterAll
    static void stop() {
        english.close();
        chinese.close();
    }

    @Test
    void the_chinese_model_is_on_the_classpath_and_reads_a_rendered_name_that_english_cannot() {
        BufferedImage image = Phantoms.ultrasound(480, 200, 3);
        Phantoms.drawText(image, "患者 张伟 检查", Phantoms.chineseFont(16), 255, 20, 30);

        assertThat(bare(chinese.readWords(image))).contains("张伟");
        assertThat(bare(english.readWords(image))).doesNotContain("张").doesNotContain("伟");
    }

    @Test
    void characters_written_without_spaces_are_read_at_annotation_size() {
        BufferedImage image = Phantoms.ultrasound(480, 200, 5);
        Phantoms.drawText(image, "姓名:欧阳小东", Phantoms.chineseFont(13), 230, 12, 24);

        assertThat(bare(chinese.readWords(image))).contains("欧阳小东");
    }

    @Test
    void verification_flags_an_unredacted_chinese_name_and_passes_once_it_is_redacted() {
        BufferedImage image = Phantoms.ultrasound(480, 200, 7);
        Rectangle name = Phantoms.drawText(image, "王小东 男 45岁", Phantoms.chineseFont(18), 255, 24, 40);
        ResidualTextVerifier verifier =
                new ResidualTextVerifier(english, new FuzzyMatcher()).readingChineseWith(() -> chinese);
        List<String> identifiers = List.of("王小东", "PID4711");

        ResidualTextVerifier.Report before = verifier.verify(image, identifiers);
        assertThat(before.hits())
                .extracting(ResidualTextVerifier.ResidualHit::identifier)
                .containsExactly("王小东");
        assertThat(before.hits().getFirst().where())
                .hasValueSatisfying(box -> assertThat(box.intersects(name)).isTrue());

        new Redactor().redact(image, List.of(name));
        assertThat(verifier.verify(image, identifiers).hits()).isEmpty();
        assertThat(verifier.verify(image, List.of(name), identifiers).noReadableText())
                .isTrue();
    }

    @Test
    void without_a_chinese_engine_the_verifier_cannot_see_the_name() {
        BufferedImage image = Phantoms.ultrasound(480, 200, 7);
        Phantoms.drawText(image, "王小东 男 45岁", Phantoms.chineseFont(18), 255, 24, 40);

        assertThat(new ResidualTextVerifier(english, new FuzzyMatcher())
                        .verify(image, List.of("王小东"))
                        .hits())
                .as("the gap this change closes")
                .isEmpty();
    }

    @Test
    void the_chinese_capable_engine_still_reads_the_english_identifiers_of_presidios_localizer() throws Exception {
        BufferedImage image =
                ImageIO.read(TestImages.sharedFile("presidio_2_ORIGINAL.png").toFile());
        String text =
                chinese.readWords(image).stream().map(w -> w.text().orElse("")).collect(Collectors.joining(" "));
        FuzzyMatcher matcher = new FuzzyMatcher();

        assertThat(matcher.findWhole("KAUFMAN^SCOTT", text))
                .as("OCR text: %s", text)
                .isPresent();
        assertThat(matcher.findAnyToken("07.22.1943", text))
                .as("OCR text: %s", text)
                .isPresent();
        assertThat(matcher.findAnyToken("03.09.2012", text))
                .as("OCR text: %s", text)
                .isPresent();
    }

    @Test
    void mixed_latin_and_chinese_lines_are_both_read() {
        BufferedImage image = new BufferedImage(420, 60, BufferedImage.TYPE_BYTE_GRAY);
        Phantoms.drawText(image, "ZHANG WEI 张伟", Phantoms.chineseFont(20), 255, 10, 40);

        String text = bare(chinese.readWords(image));
        assertThat(text).contains("ZHANGWEI").contains("张伟");
    }

    private static String bare(List<TextRegion> words) {
        return words.stream()
                .map(w -> w.text().orElse(""))
                .collect(Collectors.joining())
                .replaceAll("\\s+", "");
    }
}
