package com.medvisionlab.secondopinion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the queue looks like now, for the ask panel and health: each engine's status (probe results are kept a few
 * seconds, so many open panels do not probe a server many times), and a waiting request's place in its engine's line.
 */
public final class OpinionQueueStatus {

    private static final Duration PROBE_KEPT = Duration.ofSeconds(10);

    private final EngineLanes lanes;
    private final SecondOpinionQueue queue;
    private final Clock clock;
    private final Map<String, Probed> probes = new ConcurrentHashMap<>();

    private record Probed(boolean reachable, Instant at) {}

    OpinionQueueStatus(EngineLanes lanes, SecondOpinionQueue queue, Clock clock) {
        this.lanes = lanes;
        this.queue = queue;
        this.clock = clock;
    }

    public EngineStatus status(SecondOpinionEngine engine) {
        var id = engine.descriptor().id();
        if (lanes.existing(id).map(lane -> lane.breaker().open()).orElse(false)) {
            return EngineStatus.CIRCUIT_OPEN;
        }
        return reachable(engine) ? EngineStatus.UP : EngineStatus.DOWN;
    }

    /** The probe's answer, asked afresh (health asks this; badges use {@link #status}). */
    boolean probe(SecondOpinionEngine engine) {
        boolean reachable = !(engine instanceof EngineProbe probe) || probe.reachable();
        probes.put(engine.descriptor().id(), new Probed(reachable, clock.instant()));
        return reachable;
    }

    private boolean reachable(SecondOpinionEngine engine) {
        var last = probes.get(engine.descriptor().id());
        if (last != null && last.at().plus(PROBE_KEPT).isAfter(clock.instant())) {
            return last.reachable();
        }
        return probe(engine);
    }

    /** 1 when the request is next in its engine's line; empty when it is not waiting for a turn. */
    public Optional<Integer> position(UUID requestId) {
        return queue.find(requestId)
                .flatMap(record -> lanes.existing(record.engineId()))
                .map(lane -> lane.position(requestId))
                .filter(position -> position > 0);
    }

    int inFlight(String engineId) {
        return lanes.existing(engineId).map(EngineLane::inFlight).orElse(0);
    }

    int queueLength(String engineId) {
        return lanes.existing(engineId).map(EngineLane::queueLength).orElse(0);
    }

    Optional<CircuitBreaker.State> circuit(String engineId) {
        return lanes.existing(engineId).map(lane -> lane.breaker().state());
    }
}
