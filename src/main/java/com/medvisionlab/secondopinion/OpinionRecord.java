package com.medvisionlab.secondopinion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request and, once there is one, its answer as stored: what was asked (prompt version, images' hashes), of which
 * engine and model, how long it took, and the outcome.
 *
 * @param text       the answer so far (grows while streaming)
 * @param latencyMs  from the engine call's start to the last piece, else null
 * @param fromStored true when an identical earlier request's answer was reused
 */
public record OpinionRecord(
        UUID id,
        String engineId,
        String model,
        String modelVersion,
        @Nullable Long caseId,
        @Nullable Long batchId,
        long promptId,
        int promptVersion,
        List<String> imageSha256,
        OpinionStatus status,
        String text,
        List<EngineAnswer.ClassifiedFinding> findings,
        @Nullable Integer promptTokens,
        @Nullable Integer completionTokens,
        @Nullable Long latencyMs,
        boolean fromStored,
        String requestedBy,
        Instant requestedAt,
        @Nullable Instant answeredAt) {

    public OpinionRecord {
        imageSha256 = List.copyOf(imageSha256);
        findings = List.copyOf(findings);
    }

    public enum OpinionStatus {
        QUEUED,
        /** The engine is unavailable (circuit open); the request waits and is answered when it returns. */
        WAITING_FOR_ENGINE,
        RUNNING,
        ANSWERED,
        FAILED,
        CANCELLED;

        public boolean finished() {
            return this == ANSWERED || this == FAILED || this == CANCELLED;
        }
    }
}
