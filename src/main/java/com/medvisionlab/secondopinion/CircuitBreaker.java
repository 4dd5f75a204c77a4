package com.medvisionlab.secondopinion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One engine's circuit: after {@code threshold} consecutive UNAVAILABLE/TIMEOUT failures it opens and requests wait;
 * once {@code openFor} has passed, a single request is let through as a probe (half-open): its success closes the
 * circuit and wakes the waiting requests, its failure opens it again.
 */
final class CircuitBreaker {

    enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /** What a request may do now. */
    enum Admission {
        PASS,
        PROBE,
        WAIT
    }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt = Instant.EPOCH;
    private boolean probeInFlight;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized Admission admit() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
        }
        return switch (state) {
            case CLOSED -> Admission.PASS;
            case OPEN -> Admission.WAIT;
            case HALF_OPEN -> {
                if (probeInFlight) {
                    yield Admission.WAIT;
                }
                probeInFlight = true;
                yield Admission.PROBE;
            }
        };
    }

    /** The engine answered (or refused for a reason of the request's own): it is there. */
    synchronized void succeeded() {
        consecutiveFailures = 0;
        probeInFlight = false;
        state = State.CLOSED;
        notifyAll();
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= threshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
        probeInFlight = false;
        notifyAll();
    }

    /** A probe ended without an outcome (cancelled): another request may probe. */
    synchronized void probeAbandoned() {
        probeInFlight = false;
        notifyAll();
    }

    synchronized State state() {
        return state;
    }

    synchronized boolean open() {
        return state != State.CLOSED;
    }

    /**
     * Waits until the circuit changes, or until an open circuit may let a probe through, or a second at most (the
     * caller then asks again).
     */
    synchronized void awaitChange() throws InterruptedException {
        long millis = state == State.OPEN ? Math.clamp(untilProbe().toMillis(), 5, 1000) : 1000;
        wait(millis);
    }

    /** How long until an open circuit lets a probe through (zero when it may now). */
    synchronized Duration untilProbe() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        var left = Duration.between(clock.instant(), openedAt.plus(openFor));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
