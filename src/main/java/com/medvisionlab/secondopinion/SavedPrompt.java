package com.medvisionlab.secondopinion;

import java.time.Instant;

/** One version of a prompt as saved (read-only once saved). */
public record SavedPrompt(PromptCatalog.PromptVersion prompt, String savedBy, Instant savedAt) {}
