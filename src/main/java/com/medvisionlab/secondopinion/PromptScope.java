package com.medvisionlab.secondopinion;

import com.medvisionlab.base.SupportedLanguage;
import java.util.Locale;

/**
 * What a prompt is for: a modality ("CT", "DX", or "" for any), a body part ("CHEST", or "" for any) and a language.
 * Values are kept upper-case and trimmed, as DICOM code strings are.
 */
public record PromptScope(String modality, String bodyPart, SupportedLanguage language) {

    public PromptScope {
        modality = modality.strip().toUpperCase(Locale.ROOT);
        bodyPart = bodyPart.strip().toUpperCase(Locale.ROOT);
        if (modality.isEmpty() && !bodyPart.isEmpty()) {
            throw new PromptException("ai.prompts.error.body-part-without-modality");
        }
    }

    public static PromptScope general(SupportedLanguage language) {
        return new PromptScope("", "", language);
    }

    /** Itself, then the modality's scope, then the general one (duplicates left out). */
    java.util.List<PromptScope> withFallbacks() {
        var chain = new java.util.ArrayList<PromptScope>();
        chain.add(this);
        if (!bodyPart.isEmpty()) {
            chain.add(new PromptScope(modality, "", language));
        }
        if (!modality.isEmpty()) {
            chain.add(general(language));
        }
        return chain;
    }
}
