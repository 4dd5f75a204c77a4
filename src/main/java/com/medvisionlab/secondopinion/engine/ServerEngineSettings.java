package com.medvisionlab.secondopinion.engine;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One OpenAI-compatible server engine, {@code medvision.ai.engines.<id>.*}.
 *
 * @param baseUrl         the API's base URL, ending in {@code /v1} (e.g. {@code http://medgemma:8000/v1})
 * @param model           the served model name sent in every request
 * @param modelVersion    the weights' version or digest when known (stored with answers), else ""
 * @param apiKey          sent as {@code Authorization: Bearer ...}; empty sends no Authorization header
 * @param completionsPath appended to the base URL, {@code ..} allowed: {@code /chat/completions} (vLLM, llama.cpp,
 *                        Ollama), {@code /../invocations} for DJL Serving LMI
 * @param connectTimeout  to open the connection
 * @param readTimeout     the longest silence between two pieces of the streamed answer
 * @param maxTokens       the answer's length limit
 * @param temperature     sampling temperature, or null for the server's default
 * @param maxConcurrency  requests the queue sends at once
 * @param imageSize       the square size images are prepared at (896 for MedGemma)
 */
public record ServerEngineSettings(
        String baseUrl,
        String model,
        @DefaultValue("") String modelVersion,
        @DefaultValue("") String apiKey,
        @DefaultValue("/chat/completions") String completionsPath,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("120s") Duration readTimeout,
        @DefaultValue("1024") int maxTokens,
        @Nullable Double temperature,
        @DefaultValue("4") int maxConcurrency,
        @DefaultValue("896") int imageSize) {

    public ServerEngineSettings {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
    }

    /** The base URL without a trailing slash. */
    String normalizedBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The chat-completions endpoint's full URL. */
    URI completionsUrl() {
        var path = completionsPath.startsWith("/") ? completionsPath : "/" + completionsPath;
        return URI.create(normalizedBaseUrl() + path).normalize();
    }

    /** What is wrong with these settings, one sentence each for the operator; empty when usable. */
    List<String> problems() {
        var problems = new ArrayList<String>();
        if (!normalizedBaseUrl().matches("https?://[^/\\s]+(/[^\\s]*)?/v1")) {
            problems.add("base-url must be an http(s) URL ending in /v1 (e.g. http://medgemma:8000/v1), not '"
                    + printable(baseUrl) + "'");
        } else {
            try {
                completionsUrl();
            } catch (IllegalArgumentException bad) {
                problems.add("completions-path '" + printable(completionsPath) + "' does not make a URL");
            }
        }
        if (model.isEmpty()) {
            problems.add("model is empty: set the served model name (e.g. medgemma-4b-it)");
        }
        if (maxTokens < 1) {
            problems.add("max-tokens must be at least 1");
        }
        if (maxConcurrency < 1) {
            problems.add("max-concurrency must be at least 1");
        }
        if (imageSize < 16 || imageSize > 4096) {
            problems.add("image-size must be between 16 and 4096");
        }
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || readTimeout.isNegative()
                || readTimeout.isZero()) {
            problems.add("connect-timeout and read-timeout must be positive");
        }
        return problems;
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "ServerEngineSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "(none)" : "(set)") + ", completionsPath=" + completionsPath + "]";
    }
}
