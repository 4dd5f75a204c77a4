package com.medvisionlab.secondopinion;

/** An engine could not answer; {@link #failure()} tells the queue whether to retry and what to tell the user. */
public class EngineException extends Exception {

    public enum Failure {
        /** No answer within the time limit: retried. */
        TIMEOUT,
        /** Connection refused, 5xx, 429: retried and counted by the circuit breaker. */
        UNAVAILABLE,
        /** The server answered something that is not a valid answer: not retried. */
        MALFORMED,
        /** The server refused the request (4xx other than 429), e.g. a wrong model name or key: not retried. */
        REJECTED
    }

    private final Failure failure;

    public EngineException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public EngineException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    public boolean retryable() {
        return failure == Failure.TIMEOUT || failure == Failure.UNAVAILABLE;
    }
}
