package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseService;
import com.medvisionlab.imaging.ImagingIndex;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Builds the question about one teaching case for one engine: the case's prepared images at the engine's input size
 * and the current prompt for the study's modality and body part, its {@code {history}} filled with the case's clinical
 * history. Checks {@link AskPolicy} first.
 */
@Service
public final class CaseQuestions {

    private final CaseService cases;
    private final ImagingIndex index;
    private final AskPolicy policy;
    private final EngineLanes lanes;
    private final ObjectProvider<OpinionImages> images;
    private final ObjectProvider<PromptCatalog> prompts;

    CaseQuestions(
            CaseService cases,
            ImagingIndex index,
            AskPolicy policy,
            EngineLanes lanes,
            ObjectProvider<OpinionImages> images,
            ObjectProvider<PromptCatalog> prompts) {
        this.cases = cases;
        this.index = index;
        this.policy = policy;
        this.lanes = lanes;
        this.images = images;
        this.prompts = prompts;
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
        var imageSource = images.getIfAvailable();
        var catalog = prompts.getIfAvailable();
        if (imageSource == null || catalog == null) {
            throw new OpinionException("opinion.error.not-set-up");
        }
        var reading = cases.read(caseId).orElseThrow(() -> new OpinionException("opinion.refused.case-not-readable"));
        var content = reading.teachingCase().content();
        var study = Optional.ofNullable(content.studyInstanceUid()).flatMap(index::study);
        var modality =
                study.flatMap(s -> s.modalitiesInStudy().stream().findFirst()).orElse("");
        var bodyPart = content.seriesInstanceUids().stream()
                .map(index::series)
                .flatMap(Optional::stream)
                .map(series -> series.attributes().bodyPartExamined())
                .flatMap(Optional::stream)
                .findFirst()
                .orElse("");
        var prompt = catalog.current(modality, bodyPart, language);
        var prepared = imageSource.forCase(caseId, engine.descriptor().imageSize());
        if (prepared.isEmpty()) {
            throw new OpinionException("opinion.error.no-images");
        }
        var question = prompt.question().replace("{history}", content.clinicalHistory());
        return new OpinionRequest(engineId, caseId, null, prepared, prompt, question, language);
    }
}
