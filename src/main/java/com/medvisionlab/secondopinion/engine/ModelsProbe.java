package com.medvisionlab.secondopinion.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The cheap health probe of a server engine: {@code GET <base>/models}. The server is there when it answers below 500
 * (a 404 too: DJL Serving LMI has no models list, yet answers); refused connections, timeouts and 5xx mean down.
 */
final class ModelsProbe {

    private static final Duration LIMIT = Duration.ofSeconds(3);

    private final URI models;
    private final String apiKey;
    private final HttpClient http;

    ModelsProbe(ServerEngineSettings settings) {
        this.models = URI.create(settings.normalizedBaseUrl() + "/models");
        this.apiKey = settings.apiKey();
        this.http = HttpClient.newBuilder()
                .connectTimeout(LIMIT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    boolean reachable() {
        var request = HttpRequest.newBuilder(models).timeout(LIMIT).GET();
        if (!apiKey.isEmpty()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
