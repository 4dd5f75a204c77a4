package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RegionRuleSetTest {

    private static final String RULES = """
            # comment
            US\tPhilips\tCX50\t350\t800\t0,0,800,40;700,300,100,50\tbanner and footer
            US\t*\t*\t*\t*\t0,0,100,20\tany ultrasound
            """;

    @Test
    void matches_on_modality_manufacturer_substring_model_and_size() throws Exception {
        RegionRuleSet rules = RegionRuleSet.parse(new StringReader(RULES), "test");
        ImageOrigin philips = new ImageOrigin("US", "Philips Medical Systems", "CX50", 350, 800);

        assertThat(rules.boxesFor(philips))
                .containsExactly(
                        new Rectangle(0, 0, 800, 40), new Rectangle(700, 300, 100, 50), new Rectangle(0, 0, 100, 20));
        assertThat(rules.boxesFor(new ImageOrigin("us", "GE", "LOGIQ", 480, 640)))
                .containsExactly(new Rectangle(0, 0, 100, 20));
        assertThat(rules.boxesFor(new ImageOrigin("CT", "Philips", "CX50", 350, 800)))
                .isEmpty();
        assertThat(rules.boxesFor(new ImageOrigin("US", "Philips", "CX50", 351, 800)))
                .hasSize(1);
        assertThat(rules.matching(philips)).hasSize(2);
    }

    @Test
    void names_the_line_of_a_malformed_rule() {
        assertThatThrownBy(() -> RegionRuleSet.parse(new StringReader("# x\nUS\t*\t*\t*\t*\t1,2,3\n"), "rules.tsv"))
                .isInstanceOf(RegionRuleSet.RuleFormatException.class)
                .hasMessageContaining("rules.tsv line 2");
    }

    @Test
    void built_in_rules_cover_the_presidio_localizer_banner() {
        ImageOrigin localizer = new ImageOrigin("CT", "TOSHIBA", "Aquilion ONE", 552, 394);

        // presidio's ground truth for the banner (their coordinates minus their 25 px padding) spans x 1..229, y 0..14
        assertThat(RegionRuleSet.builtIn().boxesFor(localizer))
                .singleElement()
                .satisfies(box ->
                        assertThat(box.contains(new Rectangle(1, 0, 228, 26))).isTrue());
    }
}
