package com.medvisionlab.reading;

import com.medvisionlab.secondopinion.AskPolicy;
import java.util.Optional;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Who may ask the AI about a case, now that submissions are known: whoever may see the case's reference — an
 * enrolled student of a blind-first case set only after submitting their own read, so the model's opinion cannot
 * replace it. Replaces the second-opinion module's default policy, which refuses such students outright.
 */
@Primary
@Component
final class SubmittedReadAskPolicy implements AskPolicy {

    private final ReadingService reading;

    SubmittedReadAskPolicy(ReadingService reading) {
        this.reading = reading;
    }

    @Override
    public Optional<String> refusal(long caseId) {
        var opened = reading.open(caseId);
        if (opened.isEmpty()) {
            return Optional.of("opinion.refused.case-not-readable");
        }
        return opened.get().referenceShown() ? Optional.empty() : Optional.of("opinion.refused.submit-first");
    }
}
