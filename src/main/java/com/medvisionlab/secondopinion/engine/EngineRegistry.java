package com.medvisionlab.secondopinion.engine;

import com.medvisionlab.secondopinion.SecondOpinionEngine;
import com.medvisionlab.secondopinion.SecondOpinionEngines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The configured server engines first, then the registered classifiers (read afresh, so new ones appear at once). */
final class EngineRegistry implements SecondOpinionEngines {

    private final List<SecondOpinionEngine> servers;
    /** The registered classifiers as they are now. */
    private final Supplier<List<SecondOpinionEngine>> classifiers;

    EngineRegistry(List<SecondOpinionEngine> servers, Supplier<List<SecondOpinionEngine>> classifiers) {
        this.servers = List.copyOf(servers);
        this.classifiers = classifiers;
    }

    @Override
    public List<SecondOpinionEngine> all() {
        var all = new ArrayList<>(servers);
        all.addAll(classifiers.get());
        return List.copyOf(all);
    }

    @Override
    public Optional<SecondOpinionEngine> byId(String engineId) {
        for (var server : servers) {
            if (server.descriptor().id().equals(engineId)) {
                return Optional.of(server);
            }
        }
        return classifiers.get().stream()
                .filter(engine -> engine.descriptor().id().equals(engineId))
                .findFirst();
    }
}
