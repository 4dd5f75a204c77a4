package com.medvisionlab.secondopinion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The queue's limits ({@code medvision.ai.queue.*}); per-engine concurrency comes from each engine's
 * {@link EngineDescriptor#maxConcurrency()}.
 *
 * @param timeout          one engine call's limit (the question's own timeout)
 * @param maxAttempts      engine calls per request while the engine's circuit is closed (retryable failures only)
 * @param initialBackoff   wait before the first retry; doubles with every further retry
 * @param maxBackoff       the longest wait between retries
 * @param breakerThreshold consecutive UNAVAILABLE/TIMEOUT failures that open an engine's circuit
 * @param breakerOpenFor   how long an open circuit stays open before one request probes the engine
 * @param recoveryInterval how often the JobRunr sweeper puts unfinished requests (e.g. after a restart) back in line
 */
@ConfigurationProperties("medvision.ai.queue")
record QueueSettings(
        @DefaultValue("120s") Duration timeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("3") int breakerThreshold,
        @DefaultValue("30s") Duration breakerOpenFor,
        @DefaultValue("60s") Duration recoveryInterval) {

    QueueSettings {
        if (maxAttempts < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException("medvision.ai.queue.max-attempts and breaker-threshold must be >= 1");
        }
    }

    /** The wait after the {@code failedAttempts}-th failed call: initial, 2x, 4x ... capped. */
    Duration backoffAfter(int failedAttempts) {
        long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
        var wait = initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
