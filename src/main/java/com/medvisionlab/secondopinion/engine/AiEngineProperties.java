package com.medvisionlab.secondopinion.engine;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code medvision.ai.*}: the OpenAI-compatible server engines by id, in configuration order. */
@ConfigurationProperties("medvision.ai")
public record AiEngineProperties(@DefaultValue Map<String, ServerEngineSettings> engines) {}
