package com.medvisionlab.secondopinion;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Asks engines through a queue: bounded concurrency per engine, retries with back-off, timeouts, a circuit breaker,
 * cancellation, and identical requests (same images, prompt and model) answered from the stored result. Every answer
 * is recorded and audited as an AI call.
 */
public interface SecondOpinionQueue {

    /** Queues a request as the current user and returns at once. */
    UUID ask(OpinionRequest request);

    /** Cancels a queued or running request of the current user (or any, for researchers). */
    void cancel(UUID requestId);

    Optional<OpinionRecord> find(UUID requestId);

    /**
     * Follows a request: {@code listener} first gets the state so far, then every change (text pieces as they
     * stream, then the final state). The returned handle stops following.
     */
    AutoCloseable follow(UUID requestId, Consumer<OpinionRecord> listener);
}
