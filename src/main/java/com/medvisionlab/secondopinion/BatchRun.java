package com.medvisionlab.secondopinion;

import java.time.Instant;

/** A batch run as the page lists it. */
public record BatchRun(long id, String engineId, String sourceLabel, int items, String startedBy, Instant startedAt) {}
