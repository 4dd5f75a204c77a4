package com.medvisionlab.secondopinion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An engine's whole answer.
 *
 * @param text             the free text (for a classifier, its findings as readable lines)
 * @param findings         labelled probabilities (classifiers; empty for free text until finding extraction exists)
 * @param promptTokens     as reported by the server, else null
 * @param completionTokens as reported by the server, else null
 * @param modelVersion     the model version the server reported for this answer, else ""
 */
public record EngineAnswer(
        String text,
        List<ClassifiedFinding> findings,
        @Nullable Integer promptTokens,
        @Nullable Integer completionTokens,
        String modelVersion) {

    public EngineAnswer {
        findings = List.copyOf(findings);
    }

    /** A label of the model's label list with its probability (0..1). */
    public record ClassifiedFinding(String label, double probability) {}
}
