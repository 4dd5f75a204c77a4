package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.imaging.SeriesAttributes;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What one case is asked, the one way for a single question and for a batch run: its prepared images, the current
 * prompt for its images' modality and body part, and the question with the clinical history filled in.
 */
@Component
final class CaseQuestionBuilder {

    private final StoredOpinionImages images;
    private final PromptCatalog prompts;

    CaseQuestionBuilder(StoredOpinionImages images, PromptCatalog prompts) {
        this.images = images;
        this.prompts = prompts;
    }

    record CaseQuestion(List<PreparedImage> images, PromptCatalog.PromptVersion prompt, String userPrompt) {}

    /** @throws OpinionImageException when the case has no image that can be prepared */
    CaseQuestion build(long caseId, CaseContent content, int size, Locale language) {
        var prepared = images.forCase(caseId, size);
        var series = images.seriesOf(content);
        var prompt = prompts.current(
                series.flatMap(SeriesAttributes::modality).orElse(""),
                series.flatMap(SeriesAttributes::bodyPartExamined).orElse(""),
                language);
        return new CaseQuestion(prepared, prompt, PromptText.question(prompt, content.clinicalHistory(), language));
    }
}
