package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.EngineAnswer.ClassifiedFinding;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The measure used until finding extraction exists. Free text agrees when it is the reference diagnosis (ignoring
 * case and runs of whitespace); a classifier agrees when its most probable label is the reference diagnosis or one
 * of the reference findings.
 */
final class DiagnosisAgreement implements AgreementMeasure {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public Agreement measure(OpinionRecord answer, Reference reference) {
        if (answer.status() != OpinionStatus.ANSWERED || reference.isEmpty()) {
            return Agreement.NOT_MEASURED;
        }
        if (!answer.findings().isEmpty()) {
            String top = normalised(answer.findings().stream()
                    .max(Comparator.comparingDouble(ClassifiedFinding::probability))
                    .orElseThrow()
                    .label());
            boolean matches = normalised(reference.diagnosis()).equals(top)
                    || reference.findings().stream()
                            .map(DiagnosisAgreement::normalised)
                            .anyMatch(top::equals);
            return matches ? Agreement.AGREES : Agreement.DISAGREES;
        }
        if (reference.diagnosis().isBlank()) {
            return Agreement.NOT_MEASURED;
        }
        return normalised(answer.text()).equals(normalised(reference.diagnosis()))
                ? Agreement.AGREES
                : Agreement.DISAGREES;
    }

    static String normalised(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
