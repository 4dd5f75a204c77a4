package com.medvisionlab.secondopinion;

import java.util.Locale;

/** The question a template becomes for one case: {@value #HISTORY} replaced by the case's clinical history. */
public final class PromptText {

    public static final String HISTORY = "{history}";

    private PromptText() {}

    /**
     * The template with the history filled in; an empty history is said to be missing in the answer's language,
     * so the model is not left with a dangling "Clinical history:".
     */
    public static String question(PromptCatalog.PromptVersion prompt, String clinicalHistory, Locale language) {
        String history = clinicalHistory.strip();
        if (history.isEmpty()) {
            history = "zh".equals(language.getLanguage()) ? "未提供" : "not given";
        }
        return prompt.question().replace(HISTORY, history);
    }
}
