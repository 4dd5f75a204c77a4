package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One question of a batch run with its answer so far.
 *
 * @param label         the case's title, or the image's instance number in its series
 * @param status        the queue's state of the request; empty when it was never asked (see {@code problem})
 * @param problem       message key of why it was not asked (e.g. a case without images), else null
 * @param promptVersion the prompt version the queue recorded, else null
 */
public record BatchRow(
        int position,
        @Nullable Long caseId,
        String label,
        String engineId,
        String model,
        @Nullable Integer promptVersion,
        Optional<OpinionStatus> status,
        @Nullable String problem,
        @Nullable Long latencyMs,
        String answer,
        AgreementMeasure.Reference reference,
        Agreement agreement) {

    public boolean finished() {
        return problem != null || status.map(OpinionStatus::finished).orElse(false);
    }

    /** The status as a stable code: the queue's, or {@code NOT_ASKED}. */
    public String statusCode() {
        return status.map(Enum::name).orElse("NOT_ASKED");
    }
}
