package com.medvisionlab.secondopinion;

import static com.medvisionlab.secondopinion.Questions.about;
import static com.medvisionlab.secondopinion.Questions.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.secondopinion.EngineException.Failure;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import com.medvisionlab.security.Role;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The queue against engines written here: concurrency, retries, timeouts, the circuit, cancelling, reuse, records. */
@QueueSliceTest
class SecondOpinionQueueTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    SecondOpinionQueue queue;

    @Autowired
    TestEngines engines;

    @Autowired
    OpinionQueueStatus status;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    String student;

    @BeforeEach
    void signIn() {
        student = Questions.signInAs("student-" + UUID.randomUUID(), Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void never_more_calls_run_at_once_than_the_engine_takes_and_under_load_that_many_do() {
        var engine = engines.add(new ScriptedEngine(4).latency(Duration.ofMillis(150)));
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < 24; i++) {
            ids.add(queue.ask(about(engine, "load " + i)));
        }
        eventually(
                Duration.ofSeconds(2),
                "queue length gauge counts the waiting",
                () -> meters.find("medvision.ai.queue.length")
                                .tag("engine", engine.descriptor().id())
                                .gauge()
                                .value()
                        > 0);
        eventually(PATIENCE, "all answered", () -> ids.stream().allMatch(id -> status(id) == OpinionStatus.ANSWERED));

        assertThat(engine.maxInFlight()).isEqualTo(4);
        assertThat(engine.calls()).isEqualTo(24);
        assertThat(meters.find("medvision.ai.latency")
                        .tag("engine", engine.descriptor().id())
                        .timer()
                        .count())
                .isEqualTo(24);
    }

    @Test
    void an_unavailable_engine_is_asked_again_after_a_back_off_and_the_answer_is_recorded() {
        var engine = engines.add(new ScriptedEngine(2).failNext(Failure.UNAVAILABLE, 1));

        var id = queue.ask(about(engine, "retry"));
        eventually(PATIENCE, "answered", () -> status(id) == OpinionStatus.ANSWERED);

        assertThat(engine.calls()).isEqualTo(2);
        var times = engine.callTimes();
        assertThat(Duration.between(times.get(0), times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(attempts(id)).isEqualTo(2);
        assertThat(meters.find("medvision.ai.errors")
                        .tag("engine", engine.descriptor().id())
                        .tag("failure", "UNAVAILABLE")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void back_off_doubles_from_the_initial_wait_up_to_the_longest() {
        var settings = new QueueSettings(
                Duration.ofSeconds(1),
                5,
                Duration.ofMillis(50),
                Duration.ofMillis(300),
                3,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1));
        assertThat(List.of(
                        settings.backoffAfter(1),
                        settings.backoffAfter(2),
                        settings.backoffAfter(3),
                        settings.backoffAfter(4),
                        settings.backoffAfter(30)))
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(300),
                        Duration.ofMillis(300));
    }

    @Test
    void a_request_that_keeps_failing_fails_after_its_attempts_with_the_failure_kind() {
        var engine = engines.add(new ScriptedEngine(1).failNext(Failure.UNAVAILABLE, 2));

        var id = queue.ask(about(engine, "keeps failing"));
        eventually(PATIENCE, "failed", () -> status(id) == OpinionStatus.FAILED);

        assertThat(engine.calls()).isEqualTo(2);
        assertThat(failureKind(id)).isEqualTo("UNAVAILABLE");
    }

    @Test
    void a_refused_request_fails_at_once_without_retrying() {
        var engine = engines.add(new ScriptedEngine(1).failNext(Failure.REJECTED, 1));

        var id = queue.ask(about(engine, "wrong model name"));
        eventually(PATIENCE, "failed", () -> status(id) == OpinionStatus.FAILED);

        assertThat(engine.calls()).isEqualTo(1);
        assertThat(failureKind(id)).isEqualTo("REJECTED");
    }

    @Test
    void a_call_over_the_time_limit_is_stopped_and_tried_again() {
        var engine = engines.add(new ScriptedEngine(1));
        engine.hold();

        var id = queue.ask(about(engine, "slow"));
        eventually(PATIENCE, "first call stopped", () -> engine.interrupted() == 1);
        engine.release();
        eventually(PATIENCE, "answered on the second call", () -> status(id) == OpinionStatus.ANSWERED);

        assertThat(engine.calls()).isEqualTo(2);
        assertThat(meters.find("medvision.ai.errors")
                        .tag("engine", engine.descriptor().id())
                        .tag("failure", "TIMEOUT")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void while_the_engine_is_down_requests_wait_for_it_and_are_answered_when_it_returns() {
        var engine = engines.add(new ScriptedEngine(3));
        engine.down();

        var ids = List.of(
                queue.ask(about(engine, "down 1")),
                queue.ask(about(engine, "down 2")),
                queue.ask(about(engine, "down 3")));
        eventually(
                PATIENCE,
                "all waiting for the engine",
                () -> ids.stream().allMatch(id -> status(id) == OpinionStatus.WAITING_FOR_ENGINE));
        assertThat(status.status(engine)).isEqualTo(EngineStatus.CIRCUIT_OPEN);
        int callsWhileOpen = engine.calls();
        // Open: a probe goes through after the open period (however slow the machine) ...
        eventually(PATIENCE, "a probe while the circuit is open", () -> engine.calls() > callsWhileOpen);
        sleep(Duration.ofMillis(300));
        // ... but single probes, one per open period, not every waiting request again and again.
        assertThat(engine.calls() - callsWhileOpen).isBetween(1, 4);

        engine.up();
        eventually(PATIENCE, "all answered", () -> ids.stream().allMatch(id -> status(id) == OpinionStatus.ANSWERED));
        assertThat(status.status(engine)).isEqualTo(EngineStatus.UP);
    }

    @Test
    void a_queued_request_is_cancelled_without_reaching_the_engine() {
        var engine = engines.add(new ScriptedEngine(1));
        engine.hold();
        var first = queue.ask(about(engine, "first"));
        eventually(PATIENCE, "first running", () -> engine.inFlight() == 1);
        var second = queue.ask(about(engine, "second"));
        eventually(
                PATIENCE, "second waits its turn", () -> status.position(second).orElse(0) == 1);

        queue.cancel(second);
        engine.release();

        eventually(PATIENCE, "first answered", () -> status(first) == OpinionStatus.ANSWERED);
        assertThat(status(second)).isEqualTo(OpinionStatus.CANCELLED);
        assertThat(engine.calls()).isEqualTo(1);
        assertThat(imagesKept(second)).isZero();
    }

    @Test
    void a_running_request_is_cancelled_and_its_call_stopped() {
        var engine = engines.add(new ScriptedEngine(1));
        engine.hold();
        var id = queue.ask(about(engine, "cancel me"));
        eventually(PATIENCE, "running", () -> status(id) == OpinionStatus.RUNNING && engine.inFlight() == 1);

        queue.cancel(id);

        eventually(PATIENCE, "call stopped", () -> engine.interrupted() == 1 && engine.inFlight() == 0);
        sleep(Duration.ofMillis(200));
        assertThat(status(id)).isEqualTo(OpinionStatus.CANCELLED);
        assertThat(engine.calls()).isEqualTo(1);
        assertThat(auditDetails(id)).hasSize(1).first().asString().contains("CANCELLED");
    }

    @Test
    void only_the_asker_or_a_researcher_may_cancel() {
        var engine = engines.add(new ScriptedEngine(1));
        engine.hold();
        var id = queue.ask(about(engine, "mine"));

        Questions.signInAs("someone-else-" + UUID.randomUUID(), Role.STUDENT);
        assertThatThrownBy(() -> queue.cancel(id)).isInstanceOf(AccessDeniedException.class);
        Questions.signInAs("teacher-" + UUID.randomUUID(), Role.RESEARCHER);
        queue.cancel(id);
        engine.release();

        eventually(PATIENCE, "cancelled", () -> status(id) == OpinionStatus.CANCELLED);
    }

    @Test
    void an_identical_request_is_answered_from_the_stored_answer_without_calling_the_engine() {
        var engine = engines.add(new ScriptedEngine(1));
        var first = queue.ask(about(engine, "same question"));
        eventually(PATIENCE, "answered", () -> status(first) == OpinionStatus.ANSWERED);

        var again = queue.ask(about(engine, "same question"));
        var other = queue.ask(about(engine, "another question"));

        var reused = queue.find(again).orElseThrow();
        assertThat(reused.status()).isEqualTo(OpinionStatus.ANSWERED);
        assertThat(reused.fromStored()).isTrue();
        assertThat(reused.text()).isEqualTo(engine.answerText());
        eventually(PATIENCE, "other answered", () -> status(other) == OpinionStatus.ANSWERED);
        assertThat(engine.calls()).isEqualTo(2);
        assertThat(queue.find(other).orElseThrow().fromStored()).isFalse();
    }

    @Test
    void a_follower_sees_the_answer_grow_piece_by_piece_then_the_stored_record() {
        var engine = engines.add(
                new ScriptedEngine(1).streams(Duration.ofMillis(30), "A small ", "left ", "apical ", "pneumothorax."));
        var seen = new CopyOnWriteArrayList<OpinionRecord>();
        var id = queue.ask(about(engine, "stream"));

        try (var following = queue.follow(id, seen::add)) {
            eventually(
                    PATIENCE,
                    "answered",
                    () -> !seen.isEmpty() && seen.getLast().status() == OpinionStatus.ANSWERED);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        var texts = seen.stream()
                .filter(r -> r.status() == OpinionStatus.RUNNING)
                .map(OpinionRecord::text)
                .distinct()
                .toList();
        assertThat(texts).contains("A small ", "A small left ", "A small left apical ");
        assertThat(seen.getLast().text()).isEqualTo("A small left apical pneumothorax.");
    }

    @Test
    void an_answer_is_recorded_with_the_exact_prompts_and_audited_without_them() {
        var engine = engines.add(new ScriptedEngine(1));
        var request = about(engine, "Describe the findings. Cough for 3 weeks.");
        var id = queue.ask(request);
        eventually(PATIENCE, "answered", () -> status(id) == OpinionStatus.ANSWERED);

        var record = queue.find(id).orElseThrow();
        assertThat(record.engineId()).isEqualTo(engine.descriptor().id());
        assertThat(record.model()).isEqualTo("test/scripted-model");
        assertThat(record.modelVersion()).isEqualTo("v1");
        assertThat(record.caseId()).isEqualTo(42L);
        assertThat(record.promptId()).isEqualTo(7);
        assertThat(record.promptVersion()).isEqualTo(3);
        assertThat(record.imageSha256())
                .containsExactly(request.images().getFirst().sha256());
        assertThat(record.text()).isEqualTo(engine.answerText());
        assertThat(record.promptTokens()).isEqualTo(12);
        assertThat(record.completionTokens()).isEqualTo(2);
        assertThat(record.latencyMs()).isNotNull();
        assertThat(record.requestedBy()).isEqualTo(student);
        assertThat(record.answeredAt()).isNotNull();
        assertThat(record.fromStored()).isFalse();
        var prompts = jdbc.sql("SELECT system_prompt, user_prompt FROM opinion_request WHERE id = ?")
                .param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(prompts)
                .containsExactly(Questions.PROMPT.systemPrompt(), "Describe the findings. Cough for 3 weeks.");
        assertThat(imagesKept(id)).isZero();

        var audit = jdbc.sql("SELECT actor, action, details FROM audit_event WHERE target_id = ?")
                .param(id.toString())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(audit.get(0)).isEqualTo(student);
        assertThat(audit.get(1)).isEqualTo("AI_CALL");
        assertThat(audit.get(2))
                .contains(engine.descriptor().id(), "test/scripted-model", "ANSWERED", "42", "latencyMs")
                .doesNotContain("Cough", "radiology teaching assistant", "No acute");
    }

    @Test
    void only_signed_in_users_who_may_run_the_ai_can_ask() {
        var engine = engines.add(new ScriptedEngine(1));
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> queue.ask(about(engine, "guest"))).isInstanceOf(AccessDeniedException.class);
        Questions.signInAs("guest-like", Role.GUEST);
        assertThatThrownBy(() -> queue.ask(about(engine, "guest"))).isInstanceOf(AccessDeniedException.class);
        assertThat(engine.calls()).isZero();
    }

    private OpinionStatus status(UUID id) {
        return queue.find(id).orElseThrow().status();
    }

    private int attempts(UUID id) {
        return jdbc.sql("SELECT attempts FROM opinion_request WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private String failureKind(UUID id) {
        return jdbc.sql("SELECT failure_kind FROM opinion_request WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long imagesKept(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM opinion_image WHERE request_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private List<String> auditDetails(UUID id) {
        return jdbc.sql("SELECT details FROM audit_event WHERE target_id = ?")
                .param(id.toString())
                .query(String.class)
                .list();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
