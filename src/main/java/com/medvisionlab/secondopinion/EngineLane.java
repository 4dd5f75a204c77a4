package com.medvisionlab.secondopinion;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine's line: at most {@code maxConcurrency} calls at once (a fair semaphore, so requests are served in the
 * order they asked), the requests waiting for their turn, and the engine's circuit breaker.
 */
final class EngineLane {

    private final String engineId;
    private final int maxConcurrency;
    private final Semaphore permits;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Set<UUID> waiting = new LinkedHashSet<>();
    private final CircuitBreaker breaker;

    EngineLane(String engineId, int maxConcurrency, CircuitBreaker breaker) {
        this.engineId = engineId;
        this.maxConcurrency = Math.max(1, maxConcurrency);
        this.permits = new Semaphore(this.maxConcurrency, true);
        this.breaker = breaker;
    }

    String engineId() {
        return engineId;
    }

    int maxConcurrency() {
        return maxConcurrency;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    void acquire() throws InterruptedException {
        permits.acquire();
    }

    void release() {
        permits.release();
    }

    void callStarted() {
        inFlight.incrementAndGet();
    }

    void callEnded() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    synchronized void waiting(UUID id) {
        waiting.add(id);
    }

    synchronized void notWaiting(UUID id) {
        waiting.remove(id);
    }

    synchronized int queueLength() {
        return waiting.size();
    }

    /** 1 for the next request to be called, 0 when not waiting. */
    synchronized int position(UUID id) {
        int position = 0;
        for (var other : waiting) {
            position++;
            if (other.equals(id)) {
                return position;
            }
        }
        return 0;
    }
}
