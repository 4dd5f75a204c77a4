package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.AgreementMeasure.Reference;
import com.medvisionlab.secondopinion.EngineAnswer.ClassifiedFinding;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DiagnosisAgreementTest {

    private final AgreementMeasure measure = new DiagnosisAgreement();
    private final Reference pneumothorax = new Reference("Right  Pneumothorax", List.of("Pleural line", "Nodule"));

    @Test
    void free_text_agrees_when_it_is_the_diagnosis_ignoring_case_and_whitespace() {
        assertThat(measure.measure(text(" right pneumothorax\n"), pneumothorax)).isEqualTo(Agreement.AGREES);
        assertThat(measure.measure(text("右侧气胸"), new Reference("右侧气胸", List.of())))
                .isEqualTo(Agreement.AGREES);
    }

    @Test
    void free_text_that_says_more_than_the_diagnosis_does_not_agree_until_findings_are_extracted() {
        assertThat(measure.measure(text("There is a right pneumothorax."), pneumothorax))
                .isEqualTo(Agreement.DISAGREES);
    }

    @Test
    void a_classifier_agrees_when_its_most_probable_label_is_the_diagnosis_or_a_reference_finding() {
        var noduleFirst = classified(new ClassifiedFinding("nodule", 0.8), new ClassifiedFinding("Effusion", 0.3));
        var effusionFirst = classified(new ClassifiedFinding("nodule", 0.2), new ClassifiedFinding("Effusion", 0.9));

        assertThat(measure.measure(noduleFirst, pneumothorax)).isEqualTo(Agreement.AGREES);
        assertThat(measure.measure(effusionFirst, pneumothorax)).isEqualTo(Agreement.DISAGREES);
    }

    @Test
    void nothing_is_measured_without_a_reference_or_without_an_answer() {
        assertThat(measure.measure(text("Right pneumothorax"), new Reference(" ", List.of())))
                .isEqualTo(Agreement.NOT_MEASURED);
        assertThat(measure.measure(record(OpinionStatus.FAILED, "", List.of()), pneumothorax))
                .isEqualTo(Agreement.NOT_MEASURED);
        assertThat(measure.measure(text("Nodule"), new Reference("", List.of("Nodule"))))
                .as("free text without a reference diagnosis")
                .isEqualTo(Agreement.NOT_MEASURED);
    }

    private static OpinionRecord text(String answer) {
        return record(OpinionStatus.ANSWERED, answer, List.of());
    }

    private static OpinionRecord classified(ClassifiedFinding... findings) {
        return record(OpinionStatus.ANSWERED, "", List.of(findings));
    }

    private static OpinionRecord record(OpinionStatus status, String text, List<ClassifiedFinding> findings) {
        return new OpinionRecord(
                UUID.randomUUID(),
                "engine",
                "model",
                "",
                1L,
                2L,
                3,
                1,
                List.of(),
                status,
                text,
                findings,
                null,
                null,
                100L,
                false,
                "researcher",
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
