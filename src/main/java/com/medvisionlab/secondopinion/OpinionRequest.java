package com.medvisionlab.secondopinion;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A question for one engine.
 *
 * @param engineId the engine
 * @param caseId   the teaching case asked about, else null (a folder of images in a batch)
 * @param batchId  the batch run it belongs to, else null
 * @param images   the prepared images ({@link OpinionImages})
 * @param prompt   the prompt version used
 * @param userPrompt the question text after the template was filled in
 * @param language the answer's language
 */
public record OpinionRequest(
        String engineId,
        @Nullable Long caseId,
        @Nullable Long batchId,
        List<PreparedImage> images,
        PromptCatalog.PromptVersion prompt,
        String userPrompt,
        Locale language) {

    public OpinionRequest {
        images = List.copyOf(images);
    }
}
