package com.medvisionlab.secondopinion;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One {@link EngineLane} per configured engine, made when the engine is first asked (researchers may register
 * engines while the portal runs), with its meters.
 */
final class EngineLanes {

    private final ObjectProvider<SecondOpinionEngines> engines;
    private final QueueSettings settings;
    private final OpinionMetrics metrics;
    private final Clock clock;
    private final Map<String, EngineLane> lanes = new ConcurrentHashMap<>();

    EngineLanes(
            ObjectProvider<SecondOpinionEngines> engines, QueueSettings settings, OpinionMetrics metrics, Clock clock) {
        this.engines = engines;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    List<SecondOpinionEngine> engines() {
        var registry = engines.getIfAvailable();
        return registry == null ? List.of() : registry.all();
    }

    Optional<SecondOpinionEngine> engine(String engineId) {
        var registry = engines.getIfAvailable();
        return registry == null ? Optional.empty() : registry.byId(engineId);
    }

    Optional<EngineLane> lane(String engineId) {
        return engine(engineId)
                .map(engine -> lanes.computeIfAbsent(engineId, id -> {
                    var lane = new EngineLane(
                            id,
                            engine.descriptor().maxConcurrency(),
                            new CircuitBreaker(settings.breakerThreshold(), settings.breakerOpenFor(), clock));
                    metrics.register(lane);
                    return lane;
                }));
    }

    /** The lane if the engine was asked since the start. */
    Optional<EngineLane> existing(String engineId) {
        return Optional.ofNullable(lanes.get(engineId));
    }
}
