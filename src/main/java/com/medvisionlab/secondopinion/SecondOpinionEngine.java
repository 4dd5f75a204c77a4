package com.medvisionlab.secondopinion;

/**
 * One configured engine. Implementations are thread-safe and blocking: the queue calls {@link #answer} from its own
 * workers, at most {@link EngineDescriptor#maxConcurrency()} at a time per engine, and applies timeouts, retries and
 * the circuit breaker around it.
 */
public interface SecondOpinionEngine {

    EngineDescriptor descriptor();

    /**
     * Answers one question, passing text to {@code sink} as it arrives (token by token where the engine streams; a
     * classifier passes its whole answer once).
     *
     * @throws EngineException with its {@link EngineException.Failure} when the engine fails, times out or answers
     *                         something unreadable
     */
    EngineAnswer answer(EngineQuestion question, OpinionSink sink) throws EngineException;
}
