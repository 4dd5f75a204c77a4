package com.medvisionlab.secondopinion;

/**
 * A cheap check that an engine could answer now, for health and the engines' badges: {@code GET <base>/models} for a
 * server, "the model is loaded" for a classifier. Engines implement it next to {@link SecondOpinionEngine}; one that
 * does not is judged by its circuit breaker alone.
 */
public interface EngineProbe {

    /** True when the engine answers; must return within a few seconds and never throw. */
    boolean reachable();
}
