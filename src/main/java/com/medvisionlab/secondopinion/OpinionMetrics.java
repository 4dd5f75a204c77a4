package com.medvisionlab.secondopinion;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The queue's Micrometer meters, per engine: {@code medvision.ai.queue.length} (waiting for a turn or for the
 * engine), {@code medvision.ai.in.flight} (calls running), {@code medvision.ai.latency} (engine calls, with p50/p95/p99
 * and a histogram, tagged by outcome) and {@code medvision.ai.errors} (failed calls by failure kind).
 */
final class OpinionMetrics {

    private final MeterRegistry registry;

    OpinionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(EngineLane lane) {
        Gauge.builder("medvision.ai.queue.length", lane, EngineLane::queueLength)
                .description("AI requests waiting for their turn or for the engine")
                .tag("engine", lane.engineId())
                .register(registry);
        Gauge.builder("medvision.ai.in.flight", lane, EngineLane::inFlight)
                .description("AI engine calls running")
                .tag("engine", lane.engineId())
                .register(registry);
    }

    void latency(String engineId, String outcome, Duration latency) {
        Timer.builder("medvision.ai.latency")
                .description("AI engine call latency")
                .tag("engine", engineId)
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .register(registry)
                .record(latency);
    }

    void error(String engineId, EngineException.Failure failure) {
        Counter.builder("medvision.ai.errors")
                .description("Failed AI engine calls by failure kind")
                .tag("engine", engineId)
                .tag("failure", failure.name())
                .register(registry)
                .increment();
    }
}
