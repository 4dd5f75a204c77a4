package com.medvisionlab.secondopinion;

import java.time.Instant;

/** A prompt as the editor lists it: its scope and its current version. */
public record PromptTemplate(long id, PromptScope scope, int version, String savedBy, Instant savedAt) {}
