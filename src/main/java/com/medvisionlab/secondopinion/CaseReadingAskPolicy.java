package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The default {@link AskPolicy}: the case must be readable by the current user ({@link CaseService#read}), and where
 * the reference is withheld (an enrolled student of a BLIND_FIRST set) the AI is withheld too, since submissions are
 * not known here yet. The reading module replaces it with a {@code @Primary} bean.
 */
@Component
final class CaseReadingAskPolicy implements AskPolicy {

    private final CaseService cases;

    CaseReadingAskPolicy(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Optional<String> refusal(long caseId) {
        var reading = cases.read(caseId);
        if (reading.isEmpty()) {
            return Optional.of("opinion.refused.case-not-readable");
        }
        if (!reading.get().referenceShown()) {
            return Optional.of("opinion.refused.submit-first");
        }
        return Optional.empty();
    }
}
