package com.medvisionlab.secondopinion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.secondopinion.EngineAnswer;
import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.EngineException;
import com.medvisionlab.secondopinion.EngineException.Failure;
import com.medvisionlab.secondopinion.EngineQuestion;
import com.medvisionlab.secondopinion.OpenAiTestServer;
import com.medvisionlab.secondopinion.PreparedImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real Spring AI OpenAI client against a real HTTP server speaking the protocol (vLLM's dialect). */
class OpenAiServerEngineTest {

    private final OpenAiTestServer server = OpenAiTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sends_system_and_user_messages_with_one_png_data_url_per_image_and_streams_the_answer() throws Exception {
        server.answer("No acute ", "cardiopulmonary ", "findings.").usage(812, 5);
        var engine = engine(settings(server.baseUrl(), "sk-test-key", "/chat/completions", Duration.ofSeconds(5)));
        var first = png(896, 10);
        var second = png(896, 200);
        var pieces = new CopyOnWriteArrayList<String>();

        var answer = engine.answer(question(List.of(first, second), Duration.ofSeconds(10)), pieces::add);

        assertThat(pieces).containsExactly("No acute ", "cardiopulmonary ", "findings.");
        assertThat(answer.text()).isEqualTo("No acute cardiopulmonary findings.");
        assertThat(answer.findings()).isEmpty();
        assertThat(answer.promptTokens()).isEqualTo(812);
        assertThat(answer.completionTokens()).isEqualTo(5);
        assertThat(answer.modelVersion()).isEqualTo(OpenAiTestServer.MODEL);

        var request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer sk-test-key");
        assertThat(request.model()).isEqualTo(OpenAiTestServer.MODEL);
        assertThat(request.stream()).isTrue();
        assertThat(request.includeUsage()).isTrue();
        assertThat(request.systemText()).isEqualTo("You are a radiologist teaching students.");
        assertThat(request.userText()).isEqualTo("Describe the findings of this chest radiograph.");
        assertThat(request.imageUrls()).allSatisfy(url -> assertThat(url).startsWith("data:image/png;base64,"));
        assertThat(request.images()).containsExactly(first.png(), second.png());
        assertThat(request.decodedImages())
                .allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(896))
                .allSatisfy(image -> assertThat(image.getHeight()).isEqualTo(896));
        assertThat(request.json().path("max_tokens").asInt()).isEqualTo(256);
    }

    @Test
    void describes_itself_from_its_settings() {
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(5)));

        assertThat(engine.descriptor().id()).isEqualTo("medgemma");
        assertThat(engine.descriptor().kind()).isEqualTo(EngineKind.VISION_LANGUAGE);
        assertThat(engine.descriptor().model()).isEqualTo(OpenAiTestServer.MODEL);
        assertThat(engine.descriptor().imageSize()).isEqualTo(896);
        assertThat(engine.descriptor().maxConcurrency()).isEqualTo(3);
    }

    @Test
    void without_an_api_key_no_authorization_header_is_sent() throws Exception {
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(5)));

        engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {});

        assertThat(server.lastRequest().authorization()).isNull();
    }

    @Test
    void without_usage_from_the_server_the_token_counts_are_unknown() throws Exception {
        server.noUsage();
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(5)));

        var answer = engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {});

        assertThat(answer.promptTokens()).isNull();
        assertThat(answer.completionTokens()).isNull();
    }

    @Test
    void a_completions_path_sends_requests_where_djl_serving_lmi_answers() throws Exception {
        try (var lmi = OpenAiTestServer.start("/invocations")) {
            var engine = engine(settings(lmi.baseUrl(), "", "/../invocations", Duration.ofSeconds(5)));

            var answer = engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {});

            assertThat(answer.text()).isEqualTo("No acute findings. Lungs are clear.");
            assertThat(lmi.lastRequest().path()).isEqualTo("/invocations");
        }
    }

    @Test
    void an_answer_slower_than_the_question_timeout_is_a_timeout() throws Exception {
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(30)));
        engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(30)), piece -> {}); // first use loads classes
        server.latency(Duration.ofSeconds(5), Duration.ZERO);
        long start = System.nanoTime();

        assertThat(failureOf(() -> engine.answer(question(List.of(png(64, 0)), Duration.ofMillis(400)), piece -> {})))
                .isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_silence_longer_than_the_read_timeout_between_pieces_is_a_timeout() throws Exception {
        server.latency(Duration.ZERO, Duration.ofSeconds(5)).answer("one ", "two");
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofMillis(400)));
        var pieces = new CopyOnWriteArrayList<String>();

        assertThat(failureOf(() -> engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(30)), pieces::add)))
                .isEqualTo(Failure.TIMEOUT);
        assertThat(pieces).containsExactly("one ");
    }

    @ParameterizedTest
    @CsvSource({
        "SERVER_ERROR, UNAVAILABLE",
        "UNAVAILABLE, UNAVAILABLE",
        "RATE_LIMITED, UNAVAILABLE",
        "BAD_REQUEST, REJECTED",
        "UNAUTHORIZED, REJECTED",
        "MALFORMED, MALFORMED",
        "EMPTY, MALFORMED"
    })
    void server_failures_are_mapped_for_the_queue(OpenAiTestServer.Failure served, Failure expected) throws Exception {
        server.failure(served);
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(5)));

        assertThat(failureOf(() -> engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {})))
                .isEqualTo(expected);
        assertThat(server.requests()).hasSize(1); // the engine never retries: the queue does
    }

    @Test
    void a_server_that_is_down_is_unavailable() throws Exception {
        int freePort;
        try (var socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        var engine = engine(
                settings("http://127.0.0.1:" + freePort + "/v1", "", "/chat/completions", Duration.ofSeconds(5)));

        assertThat(failureOf(() -> engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {})))
                .isEqualTo(Failure.UNAVAILABLE);
    }

    @Test
    void a_failed_request_does_not_spoil_the_next() throws Exception {
        server.failNext(1, OpenAiTestServer.Failure.UNAVAILABLE);
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(5)));

        assertThat(failureOf(() -> engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {})))
                .isEqualTo(Failure.UNAVAILABLE);
        assertThat(engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(10)), piece -> {})
                        .text())
                .isEqualTo("No acute findings. Lungs are clear.");
    }

    @Test
    void requests_up_to_max_concurrency_stream_at_the_same_time() throws Exception {
        server.latency(Duration.ofMillis(300), Duration.ZERO);
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(5)));
        var image = png(64, 0);

        try (var workers = Executors.newFixedThreadPool(engine.descriptor().maxConcurrency())) {
            var answers = new ArrayList<Future<EngineAnswer>>();
            for (int i = 0; i < engine.descriptor().maxConcurrency(); i++) {
                answers.add(workers.submit(
                        () -> engine.answer(question(List.of(image), Duration.ofSeconds(10)), piece -> {})));
            }
            for (var answer : answers) {
                assertThat(answer.get().text()).isEqualTo("No acute findings. Lungs are clear.");
            }
        }
        assertThat(server.maxInFlight()).isEqualTo(3);
    }

    @Test
    void an_interrupted_request_ends_at_once_and_keeps_the_interrupt_for_the_queue() throws Exception {
        server.failure(OpenAiTestServer.Failure.HANG);
        var engine = engine(settings(server.baseUrl(), "", "/chat/completions", Duration.ofSeconds(30)));
        var outcome = new CompletableFuture<Failure>();
        var worker = new Thread(() -> {
            try {
                engine.answer(question(List.of(png(64, 0)), Duration.ofSeconds(30)), piece -> {});
                outcome.completeExceptionally(new AssertionError("answered"));
            } catch (EngineException e) {
                outcome.complete(Thread.currentThread().isInterrupted() ? e.failure() : null);
            } catch (Exception e) {
                outcome.completeExceptionally(e);
            }
        });
        worker.start();
        while (server.inFlight() == 0) {
            Thread.sleep(10);
        }

        worker.interrupt();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(Failure.TIMEOUT);
    }

    static ServerEngineSettings settings(String baseUrl, String apiKey, String path, Duration readTimeout) {
        return new ServerEngineSettings(
                baseUrl,
                OpenAiTestServer.MODEL,
                "",
                apiKey,
                path,
                Duration.ofSeconds(2),
                readTimeout,
                256,
                0.2,
                3,
                896);
    }

    private static OpenAiServerEngine engine(ServerEngineSettings settings) {
        return new OpenAiServerEngine("medgemma", settings);
    }

    static EngineQuestion question(List<PreparedImage> images, Duration timeout) {
        return new EngineQuestion(
                "You are a radiologist teaching students.",
                "Describe the findings of this chest radiograph.",
                images,
                Locale.ENGLISH,
                timeout);
    }

    static PreparedImage png(int size, int grey) throws IOException {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                raster.setSample(x, y, 0, (grey + x + y) & 0xff);
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new PreparedImage(out.toByteArray(), size, "sha-" + size + "-" + grey, "2.25.7", 1);
    }

    private static Failure failureOf(Call call) throws Exception {
        try {
            call.run();
        } catch (EngineException e) {
            return e.failure();
        }
        throw new AssertionError("no EngineException");
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }
}
