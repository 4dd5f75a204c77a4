package com.medvisionlab.secondopinion;

import static com.medvisionlab.secondopinion.Questions.about;
import static com.medvisionlab.secondopinion.Questions.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import com.medvisionlab.security.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal with its configured server engine pointed at {@link OpenAiTestServer}: through the real Spring AI
 * engine, a question asked while the server fails waits for it (WAITING_FOR_ENGINE) and is answered once it is back;
 * the engine's health follows the probe and the circuit.
 */
@SpringBootTest
class SecondOpinionEndToEndTest {

    private static final OpenAiTestServer SERVER = OpenAiTestServer.start();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void engineAtTheTestServer(DynamicPropertyRegistry properties) {
        properties.add("medvision.ai.engines.medgemma.base-url", SERVER::baseUrl);
        properties.add("medvision.ai.engines.medgemma.model", () -> OpenAiTestServer.MODEL);
        properties.add("medvision.ai.engines.medgemma.max-concurrency", () -> "2");
        properties.add("medvision.ai.queue.initial-backoff", () -> "50ms");
        properties.add("medvision.ai.queue.breaker-threshold", () -> "2");
        properties.add("medvision.ai.queue.breaker-open-for", () -> "300ms");
        properties.add("medvision.ai.queue.timeout", () -> "10s");
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Autowired
    SecondOpinionQueue queue;

    @Autowired
    SecondOpinionEngines engines;

    @Autowired
    OpinionQueueStatus status;

    @Autowired
    EngineHealth health;

    @BeforeEach
    void signIn() {
        SERVER.reset();
        Questions.signInAs("student-" + UUID.randomUUID(), Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        SERVER.failure(OpenAiTestServer.Failure.NONE);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_question_asked_while_the_server_is_down_waits_and_is_answered_when_it_returns() {
        var engine = engines.byId("medgemma").orElseThrow();
        SERVER.answer("Left apical ", "pneumothorax.").failure(OpenAiTestServer.Failure.UNAVAILABLE);

        var id = queue.ask(about(engine, "down then up " + UUID.randomUUID()));
        eventually(
                PATIENCE,
                "waiting for the engine",
                () -> queue.find(id).orElseThrow().status() == OpinionStatus.WAITING_FOR_ENGINE);
        assertThat(status.status(engine)).isEqualTo(EngineStatus.CIRCUIT_OPEN);
        assertThat(health.getContributor("medgemma")).isNotNull();

        SERVER.failure(OpenAiTestServer.Failure.NONE);
        eventually(PATIENCE, "answered", () -> queue.find(id).orElseThrow().status() == OpinionStatus.ANSWERED);

        var record = queue.find(id).orElseThrow();
        assertThat(record.text()).isEqualTo("Left apical pneumothorax.");
        assertThat(record.model()).isEqualTo(OpenAiTestServer.MODEL);
        var sent = SERVER.requests().stream()
                .filter(request -> request.path().endsWith("/chat/completions"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(sent.systemText()).isEqualTo(Questions.PROMPT.systemPrompt());
        assertThat(sent.imageUrls()).hasSize(1);
    }

    @Test
    void health_shows_each_engine_up_when_its_server_answers_and_its_details() {
        var indicator = (org.springframework.boot.health.contributor.HealthIndicator) health.getContributor("medgemma");
        var up = indicator.health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails())
                .containsEntry("reachable", true)
                .containsEntry("circuit", "CLOSED")
                .containsEntry("maxConcurrency", 2)
                .containsKeys("inFlight", "queued", "model");
        assertThat(SERVER.requests()).anyMatch(request -> request.path().endsWith("/v1/models"));
    }
}
