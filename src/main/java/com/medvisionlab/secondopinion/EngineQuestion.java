package com.medvisionlab.secondopinion;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Exactly what is sent: the rendered prompt texts and the prepared images (classifiers use the images only).
 *
 * @param language the answer's language (English or Simplified Chinese)
 * @param timeout  the whole request's limit
 */
public record EngineQuestion(
        String systemPrompt, String userPrompt, List<PreparedImage> images, Locale language, Duration timeout) {

    public EngineQuestion {
        images = List.copyOf(images);
    }
}
