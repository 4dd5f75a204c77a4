package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseService;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds the question about one teaching case for one engine: the case's prepared images at the engine's input size
 * and the current prompt for the study's modality and body part, its {@code {history}} filled with the case's clinical
 * history. Checks {@link AskPolicy} first.
 */
@Service
public final class CaseQuestions {

    private final CaseService cases;
    private final AskPolicy policy;
    private final EngineLanes lanes;
    private final CaseQuestionBuilder builder;

    CaseQuestions(CaseService cases, AskPolicy policy, EngineLanes lanes, CaseQuestionBuilder builder) {
        this.cases = cases;
        this.policy = policy;
        this.lanes = lanes;
        this.builder = builder;
    }

    /** Empty when the current user may ask about the case, else the message key of the reason. */
    public Optional<String> refusal(long caseId) {
        return policy.refusal(caseId);
    }

    /**
     * @throws OpinionException when the user may not ask, the engine is unknown, or images or prompts are not set up
     */
    public OpinionRequest forCase(long caseId, String engineId, Locale language) {
        policy.refusal(caseId).ifPresent(key -> {
            throw new OpinionException(key);
        });
        var engine = lanes.engine(engineId).orElseThrow(() -> new OpinionException("opinion.error.engine-unknown"));
        var reading = cases.read(caseId).orElseThrow(() -> new OpinionException("opinion.refused.case-not-readable"));
        var question = builder.build(
                caseId, reading.teachingCase().content(), engine.descriptor().imageSize(), language);
        if (question.images().isEmpty()) {
            throw new OpinionException("opinion.error.no-images");
        }
        return new OpinionRequest(
                engineId, caseId, null, question.images(), question.prompt(), question.userPrompt(), language);
    }
}
