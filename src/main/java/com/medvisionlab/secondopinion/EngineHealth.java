package com.medvisionlab.secondopinion;

import java.util.stream.Stream;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health} component {@code secondOpinion}: one indicator per configured engine (the list is read on
 * every call, since engines may be registered while the portal runs). An engine is DOWN when its probe fails or its
 * circuit is open; details show the circuit, calls in flight and requests waiting (all of /actuator needs
 * MONITOR_SYSTEM, see SecurityConfig).
 */
final class EngineHealth implements CompositeHealthContributor {

    private final EngineLanes lanes;
    private final OpinionQueueStatus status;

    EngineHealth(EngineLanes lanes, OpinionQueueStatus status) {
        this.lanes = lanes;
        this.status = status;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return lanes.engine(name).map(this::indicator).orElse(null);
    }

    @Override
    public Stream<Entry> stream() {
        return lanes.engines().stream()
                .map(engine -> new Entry(engine.descriptor().id(), indicator(engine)));
    }

    private HealthIndicator indicator(SecondOpinionEngine engine) {
        return () -> {
            var id = engine.descriptor().id();
            boolean reachable = status.probe(engine);
            var circuit = status.circuit(id).orElse(CircuitBreaker.State.CLOSED);
            var health = reachable && circuit == CircuitBreaker.State.CLOSED ? Health.up() : Health.down();
            return health.withDetail("model", engine.descriptor().model())
                    .withDetail("reachable", reachable)
                    .withDetail("circuit", circuit.name())
                    .withDetail("inFlight", status.inFlight(id))
                    .withDetail("maxConcurrency", engine.descriptor().maxConcurrency())
                    .withDetail("queued", status.queueLength(id))
                    .build();
        };
    }
}
