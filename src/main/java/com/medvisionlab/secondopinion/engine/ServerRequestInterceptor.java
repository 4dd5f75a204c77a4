package com.medvisionlab.secondopinion.engine;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adapts the OpenAI client's calls to one server: sends chat completions to the configured path (DJL Serving LMI
 * answers on {@code /invocations}, not {@code /v1/chat/completions}) and applies the engine's connect and read
 * timeouts, which the client would otherwise replace per request with its single overall timeout.
 */
final class ServerRequestInterceptor implements Interceptor {

    private static final String CHAT_COMPLETIONS = "/chat/completions";

    private final HttpUrl completionsUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ServerRequestInterceptor(URI completionsUrl, Duration connectTimeout, Duration readTimeout) {
        this.completionsUrl = HttpUrl.get(completionsUrl.toString());
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        var request = chain.request();
        if (request.url().encodedPath().endsWith(CHAT_COMPLETIONS)) {
            request = request.newBuilder()
                    .url(completionsUrl
                            .newBuilder()
                            .encodedQuery(request.url().encodedQuery())
                            .build())
                    .build();
        }
        return chain.withConnectTimeout((int) connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .withReadTimeout((int) readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .proceed(request);
    }
}
