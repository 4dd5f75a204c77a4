package com.medvisionlab.secondopinion;

import java.util.Locale;
import java.util.UUID;

/** What a worker needs to ask the engine again: the exact prompt texts and where its images wait. */
record StoredRequest(UUID id, String engineId, String systemPrompt, String userPrompt, Locale language) {}
