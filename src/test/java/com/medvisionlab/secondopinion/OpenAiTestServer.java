package com.medvisionlab.secondopinion;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server speaking the OpenAI chat-completions protocol as vLLM does, for tests of the engines, the queue,
 * the streaming UI and benchmarks: it records every request (path, Authorization header, model, system and user
 * text, the images decoded from their {@code data:image/png;base64} URLs) and streams a scripted answer as SSE chunks,
 * with configurable latency and failures.
 *
 * <pre>{@code
 * try (var server = OpenAiTestServer.start()) {
 *     server.answer("No acute ", "findings.").usage(812, 4).latency(Duration.ZERO, Duration.ofMillis(20));
 *     server.failNext(2, OpenAiTestServer.Failure.UNAVAILABLE); // then the answer
 *     // point an engine at server.baseUrl() (".../v1"), model OpenAiTestServer.MODEL
 *     server.lastRequest().images(); // PNG bytes as sent
 * }
 * }</pre>
 *
 * Thread-safe; each request is answered on its own thread, so slow or hanging answers do not block others
 * ({@link #maxInFlight()} tells how many were answered at once). The server listens on 127.0.0.1 on a free port.
 */
public final class OpenAiTestServer implements AutoCloseable {

    public static final String MODEL = "medgemma-test";
    public static final String DEFAULT_PATH = "/v1/chat/completions";

    /** What the server does with a request instead of answering it. */
    public enum Failure {
        NONE,
        /** HTTP 500. */
        SERVER_ERROR,
        /** HTTP 503. */
        UNAVAILABLE,
        /** HTTP 429. */
        RATE_LIMITED,
        /** HTTP 400 (e.g. a wrong model name). */
        BAD_REQUEST,
        /** HTTP 401. */
        UNAUTHORIZED,
        /** HTTP 200 and an SSE stream whose chunk is not JSON. */
        MALFORMED,
        /** HTTP 200 and a well-formed stream without any text. */
        EMPTY,
        /** Accepts the request and never answers (until the server closes). */
        HANG
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "openai-test-server");
        thread.setDaemon(true);
        return thread;
    });
    private final String path;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private volatile List<String> pieces = List.of("No acute findings. ", "Lungs are clear.");
    private volatile @Nullable Usage usage = new Usage(321, 7);
    private volatile Duration beforeFirst = Duration.ZERO;
    private volatile Duration betweenPieces = Duration.ZERO;
    private volatile Failure failure = Failure.NONE;
    private final Deque<Failure> nextFailures = new ArrayDeque<>();
    private volatile @Nullable String requiredApiKey;

    private OpenAiTestServer(String path) throws IOException {
        this.path = path;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server answering on {@value #DEFAULT_PATH}. */
    public static OpenAiTestServer start() {
        return start(DEFAULT_PATH);
    }

    /** A server answering chat completions on {@code path} (e.g. {@code /invocations} as DJL Serving LMI). */
    public static OpenAiTestServer start(String path) {
        try {
            return new OpenAiTestServer(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>/v1}, the engine's base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The answer's pieces, one SSE chunk each (default: two pieces of a normal chest answer). */
    public OpenAiTestServer answer(String... pieces) {
        this.pieces = List.of(pieces);
        return this;
    }

    /** Token counts sent in a last chunk when the request asks for usage; {@link #noUsage()} sends none. */
    public OpenAiTestServer usage(int promptTokens, int completionTokens) {
        this.usage = new Usage(promptTokens, completionTokens);
        return this;
    }

    public OpenAiTestServer noUsage() {
        this.usage = null;
        return this;
    }

    /** Waits {@code beforeFirst} before the response headers, then {@code betweenPieces} before every later piece. */
    public OpenAiTestServer latency(Duration beforeFirst, Duration betweenPieces) {
        this.beforeFirst = beforeFirst;
        this.betweenPieces = betweenPieces;
        return this;
    }

    /** Fails every request this way from now on ({@link Failure#NONE} to answer again). */
    public OpenAiTestServer failure(Failure failure) {
        this.failure = failure;
        return this;
    }

    /** Fails the next {@code count} requests this way, before the normal behaviour. */
    public OpenAiTestServer failNext(int count, Failure failure) {
        synchronized (nextFailures) {
            for (int i = 0; i < count; i++) {
                nextFailures.add(failure);
            }
        }
        return this;
    }

    /** Answers 401 unless the request carries {@code Authorization: Bearer <key>}. */
    public OpenAiTestServer requireApiKey(String key) {
        this.requiredApiKey = key;
        return this;
    }

    /** Every request received, in order of arrival (also the refused ones). */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("no request received");
        }
        return requests.getLast();
    }

    /** The most requests that were being answered at the same time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Back to the default answer and no failures, with an empty request log. */
    public void reset() {
        pieces = List.of("No acute findings. ", "Lungs are clear.");
        usage = new Usage(321, 7);
        beforeFirst = Duration.ZERO;
        betweenPieces = Duration.ZERO;
        failure = Failure.NONE;
        requiredApiKey = null;
        synchronized (nextFailures) {
            nextFailures.clear();
        }
        requests.clear();
        maxInFlight.set(0);
    }

    /** Stops at once; hanging and slow answers end with their connection. */
    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var recorded = RecordedRequest.of(exchange, body);
            requests.add(recorded);
            if (!exchange.getRequestURI().getPath().equals(path) || !"POST".equals(exchange.getRequestMethod())) {
                sendStatus(exchange, 404, "no such endpoint");
                return;
            }
            var key = requiredApiKey;
            if (key != null && !("Bearer " + key).equals(recorded.authorization())) {
                sendStatus(exchange, 401, "invalid api key");
                return;
            }
            var failing = nextFailure();
            if (!pause(beforeFirst)) {
                return;
            }
            switch (failing) {
                case SERVER_ERROR -> sendStatus(exchange, 500, "internal error");
                case UNAVAILABLE -> sendStatus(exchange, 503, "model is loading");
                case RATE_LIMITED -> sendStatus(exchange, 429, "too many requests");
                case BAD_REQUEST -> sendStatus(exchange, 400, "The model `" + recorded.model() + "` does not exist.");
                case UNAUTHORIZED -> sendStatus(exchange, 401, "invalid api key");
                case HANG -> awaitClose();
                case MALFORMED -> stream(exchange, recorded, List.of(), "{\"id\": this is not json");
                case EMPTY -> stream(exchange, recorded, List.of(), null);
                case NONE -> {
                    if (recorded.stream()) {
                        stream(exchange, recorded, pieces, null);
                    } else {
                        whole(exchange, recorded);
                    }
                }
            }
        } catch (IOException clientGone) {
            // the client hung up (its timeout); nothing to answer
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Failure nextFailure() {
        synchronized (nextFailures) {
            var next = nextFailures.poll();
            return next != null ? next : failure;
        }
    }

    private void stream(HttpExchange exchange, RecordedRequest request, List<String> texts, @Nullable String garbage)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        if (garbage != null) {
            send(out, garbage);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0 && !pause(betweenPieces)) {
                return;
            }
            var delta = JSON.createObjectNode();
            if (i == 0) {
                delta.put("role", "assistant");
            }
            delta.put("content", texts.get(i));
            send(out, chunk(delta, null).toString());
        }
        send(out, chunk(JSON.createObjectNode(), "stop").toString());
        var counts = usage;
        if (counts != null && request.includeUsage()) {
            var last = chunkBase();
            last.putArray("choices");
            last.set("usage", counts.json());
            send(out, last.toString());
        }
        send(out, "[DONE]");
    }

    private void whole(HttpExchange exchange, RecordedRequest request) throws IOException {
        var answer = JSON.createObjectNode();
        answer.put("id", "chatcmpl-test");
        answer.put("object", "chat.completion");
        answer.put("created", 1_700_000_000L);
        answer.put("model", MODEL);
        var choice = answer.putArray("choices").addObject();
        choice.put("index", 0);
        var message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", String.join("", pieces));
        choice.put("finish_reason", "stop");
        var counts = usage;
        if (counts != null) {
            answer.set("usage", counts.json());
        }
        var bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static ObjectNode chunk(ObjectNode delta, @Nullable String finishReason) {
        var chunk = chunkBase();
        var choice = chunk.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return chunk;
    }

    private static ObjectNode chunkBase() {
        var chunk = JSON.createObjectNode();
        chunk.put("id", "chatcmpl-test");
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", 1_700_000_000L);
        chunk.put("model", MODEL);
        return chunk;
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sendStatus(HttpExchange exchange, int status, String message) throws IOException {
        var error = JSON.createObjectNode();
        var detail = error.putObject("error");
        detail.put("message", message);
        detail.put("type", status >= 500 ? "server_error" : "invalid_request_error");
        detail.put("code", status);
        var bytes = error.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** False when the server closed meanwhile. */
    private boolean pause(Duration duration) {
        if (duration.isZero()) {
            return true;
        }
        try {
            return !closed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Usage(int promptTokens, int completionTokens) {
        ObjectNode json() {
            var json = JSON.createObjectNode();
            json.put("prompt_tokens", promptTokens);
            json.put("completion_tokens", completionTokens);
            json.put("total_tokens", promptTokens + completionTokens);
            return json;
        }
    }

    /**
     * One request as received.
     *
     * @param authorization the Authorization header, else null
     * @param json          the parsed body, else null when it was not JSON
     * @param imageUrls     every {@code image_url} of the user message, as sent
     * @param images        the bytes of those that are base64 data URLs
     */
    public record RecordedRequest(
            String method,
            String path,
            @Nullable String authorization,
            Map<String, List<String>> headers,
            String body,
            @Nullable JsonNode json,
            String model,
            boolean stream,
            boolean includeUsage,
            String systemText,
            String userText,
            List<String> imageUrls,
            List<byte[]> images) {

        static RecordedRequest of(HttpExchange exchange, String body) {
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (RuntimeException notJson) {
                json = null;
            }
            var system = new StringBuilder();
            var user = new StringBuilder();
            var imageUrls = new ArrayList<String>();
            var images = new ArrayList<byte[]>();
            if (json != null) {
                for (JsonNode message : json.path("messages")) {
                    var role = message.path("role").asString("");
                    var text = "system".equals(role) ? system : "user".equals(role) ? user : new StringBuilder();
                    var content = message.path("content");
                    if (content.isString()) {
                        text.append(content.asString());
                    }
                    for (JsonNode part : content) {
                        if ("text".equals(part.path("type").asString(""))) {
                            text.append(part.path("text").asString(""));
                        } else if ("image_url".equals(part.path("type").asString(""))) {
                            var url = part.path("image_url").path("url").asString("");
                            imageUrls.add(url);
                            var comma = url.indexOf(',');
                            if (url.startsWith("data:")
                                    && url.substring(0, Math.max(comma, 0)).endsWith(";base64")) {
                                images.add(Base64.getDecoder().decode(url.substring(comma + 1)));
                            }
                        }
                    }
                }
            }
            return new RecordedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body,
                    json,
                    json == null ? "" : json.path("model").asString(""),
                    json != null && json.path("stream").asBoolean(false),
                    json != null
                            && json.path("stream_options").path("include_usage").asBoolean(false),
                    system.toString(),
                    user.toString(),
                    List.copyOf(imageUrls),
                    List.copyOf(images));
        }

        /** The images decoded, to check their size and pixels. */
        public List<BufferedImage> decodedImages() {
            return images.stream()
                    .map(png -> {
                        try {
                            var image = ImageIO.read(new ByteArrayInputStream(png));
                            if (image == null) {
                                throw new IllegalStateException("an image_url is not a readable image");
                            }
                            return image;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
