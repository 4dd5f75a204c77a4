package com.medvisionlab.secondopinion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The engines a test registered (each test its own, with a unique id, so circuits and lanes never mix). */
final class TestEngines implements SecondOpinionEngines {

    private final Map<String, SecondOpinionEngine> engines = new ConcurrentHashMap<>();

    <E extends SecondOpinionEngine> E add(E engine) {
        engines.put(engine.descriptor().id(), engine);
        return engine;
    }

    @Override
    public List<SecondOpinionEngine> all() {
        return List.copyOf(engines.values());
    }

    @Override
    public Optional<SecondOpinionEngine> byId(String engineId) {
        return Optional.ofNullable(engines.get(engineId));
    }
}
