package com.medvisionlab.secondopinion;

import java.util.Locale;

/** The researcher-edited, versioned prompts: one system prompt and question template per modality and body part. */
public interface PromptCatalog {

    /**
     * The current prompt for a modality ("CT", "DX", ...) and body part ("CHEST", ... or "" for any), falling back to
     * the modality's, then the general prompt, in the given language.
     */
    PromptVersion current(String modality, String bodyPart, Locale language);

    /**
     * A prompt as used for one answer.
     *
     * @param id       the template's id
     * @param version  increases with every edit; stored with each answer
     * @param question the user message template; {@code {history}} is replaced by the case's clinical history
     */
    record PromptVersion(long id, int version, String systemPrompt, String question) {}
}
