package com.medvisionlab.secondopinion;

/** An engine's state as badges and health show it. */
public enum EngineStatus {
    UP,
    /** Its probe fails (the server does not answer, the model is not loaded). */
    DOWN,
    /** Recent calls failed: requests wait until the engine answers again. */
    CIRCUIT_OPEN;

    public String messageKey() {
        return "opinion.engine-status."
                + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
