package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.EngineAnswer.ClassifiedFinding;
import com.medvisionlab.secondopinion.EngineException.Failure;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requests and answers (opinion_request) and the images waiting to be sent (opinion_image). Every state change
 * names the states it may come from, so a cancelled request can never turn into an answered one. Not a Spring
 * {@code @Repository} with transactional callers: the queue's workers change one row per statement, atomically by
 * that guard, and hold no transaction (nor connection) while they wait; where two writes belong together (an answer
 * and its audit row) the caller wraps them in a {@code TransactionTemplate}.
 */
final class OpinionStore {

    private static final String COLUMNS = "id, engine_id, model, model_version, case_id, batch_id, prompt_id,"
            + " prompt_version, image_sha256, status, answer_text, findings, prompt_tokens, completion_tokens,"
            + " latency_ms, from_stored, requested_by, requested_at, answered_at";

    private final JdbcClient jdbc;

    OpinionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OpinionRecord record, OpinionRequest request, String dedupeKey) {
        jdbc.sql("INSERT INTO opinion_request (id, engine_id, model, model_version, case_id, batch_id, prompt_id,"
                        + " prompt_version, system_prompt, user_prompt, answer_language, image_sha256, dedupe_key,"
                        + " status, attempts, answer_text, findings, prompt_tokens, completion_tokens, latency_ms,"
                        + " from_stored, requested_by, requested_at, answered_at) VALUES (:id, :engine, :model,"
                        + " :modelVersion, :caseId, :batchId, :promptId, :promptVersion, :system, :user, :language,"
                        + " :images, :dedupe, :status, 0, :text, :findings, :promptTokens, :completionTokens,"
                        + " :latency, :fromStored, :by, :at, :answeredAt)")
                .param("id", record.id())
                .param("engine", record.engineId())
                .param("model", record.model())
                .param("modelVersion", record.modelVersion())
                .param("caseId", record.caseId())
                .param("batchId", record.batchId())
                .param("promptId", record.promptId())
                .param("promptVersion", record.promptVersion())
                .param("system", request.prompt().systemPrompt())
                .param("user", request.userPrompt())
                .param("language", request.language().toLanguageTag())
                .param("images", String.join(",", record.imageSha256()))
                .param("dedupe", dedupeKey)
                .param("status", record.status().name())
                .param("text", record.text())
                .param("findings", findingsText(record.findings()))
                .param("promptTokens", record.promptTokens())
                .param("completionTokens", record.completionTokens())
                .param("latency", record.latencyMs())
                .param("fromStored", record.fromStored())
                .param("by", record.requestedBy())
                .param("at", timestamp(record.requestedAt()))
                .param("answeredAt", record.answeredAt() == null ? null : timestamp(record.answeredAt()))
                .update();
    }

    void insertImages(UUID requestId, List<PreparedImage> images) {
        for (int i = 0; i < images.size(); i++) {
            var image = images.get(i);
            jdbc.sql("INSERT INTO opinion_image (request_id, ordinal, png, image_size, sha256, sop_instance_uid,"
                            + " frame) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            requestId,
                            i,
                            image.png(),
                            image.size(),
                            image.sha256(),
                            image.sopInstanceUid(),
                            image.frame())
                    .update();
        }
    }

    List<PreparedImage> images(UUID requestId) {
        return jdbc.sql("SELECT png, image_size, sha256, sop_instance_uid, frame FROM opinion_image"
                        + " WHERE request_id = ? ORDER BY ordinal")
                .param(requestId)
                .query((rs, n) ->
                        new PreparedImage(rs.getBytes(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    Optional<StoredRequest> request(UUID id) {
        return jdbc.sql("SELECT id, engine_id, system_prompt, user_prompt, answer_language FROM opinion_request"
                        + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredRequest(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Locale.forLanguageTag(rs.getString(5))))
                .optional();
    }

    Optional<OpinionRecord> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM opinion_request WHERE id = ?")
                .param(id)
                .query(OpinionStore::record)
                .optional();
    }

    /** The latest answer to an identical request, to be reused. */
    Optional<OpinionRecord> latestAnswered(String dedupeKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM opinion_request WHERE dedupe_key = ? AND status = 'ANSWERED'"
                        + " ORDER BY answered_at DESC FETCH FIRST 1 ROWS ONLY")
                .param(dedupeKey)
                .query(OpinionStore::record)
                .optional();
    }

    @Nullable
    String requestedBy(UUID id) {
        return jdbc.sql("SELECT requested_by FROM opinion_request WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Claims the request for one engine call; false when it is no longer waiting (cancelled, finished). */
    boolean markRunning(UUID id) {
        return jdbc.sql("UPDATE opinion_request SET status = 'RUNNING', attempts = attempts + 1 WHERE id = ?"
                                + " AND status IN ('QUEUED', 'WAITING_FOR_ENGINE')")
                        .param(id)
                        .update()
                == 1;
    }

    /** Back in line after a failed call (or while the engine's circuit is open). */
    boolean markWaiting(UUID id, OpinionStatus status, @Nullable Failure lastFailure) {
        return jdbc.sql("UPDATE opinion_request SET status = ?, failure_kind = ? WHERE id = ?"
                                + " AND status IN ('QUEUED', 'WAITING_FOR_ENGINE', 'RUNNING')")
                        .params(status.name(), lastFailure == null ? null : lastFailure.name(), id)
                        .update()
                == 1;
    }

    boolean markAnswered(UUID id, EngineAnswer answer, long latencyMs, Instant at) {
        int changed = jdbc.sql("UPDATE opinion_request SET status = 'ANSWERED', failure_kind = NULL, answer_text = ?,"
                        + " findings = ?, prompt_tokens = ?, completion_tokens = ?, latency_ms = ?,"
                        + " model_version = CASE WHEN ? = '' THEN model_version ELSE ? END, answered_at = ?"
                        + " WHERE id = ? AND status = 'RUNNING'")
                .params(
                        answer.text(),
                        findingsText(answer.findings()),
                        answer.promptTokens(),
                        answer.completionTokens(),
                        latencyMs,
                        answer.modelVersion(),
                        answer.modelVersion(),
                        timestamp(at),
                        id)
                .update();
        dropImagesIf(changed, id);
        return changed == 1;
    }

    boolean markFailed(UUID id, Failure failure, String partialText, Instant at) {
        int changed = jdbc.sql("UPDATE opinion_request SET status = 'FAILED', failure_kind = ?, answer_text = ?,"
                        + " answered_at = ? WHERE id = ? AND status IN ('QUEUED', 'WAITING_FOR_ENGINE', 'RUNNING')")
                .params(failure.name(), partialText, timestamp(at), id)
                .update();
        dropImagesIf(changed, id);
        return changed == 1;
    }

    boolean markCancelled(UUID id, Instant at) {
        int changed = jdbc.sql("UPDATE opinion_request SET status = 'CANCELLED', answered_at = ? WHERE id = ?"
                        + " AND status IN ('QUEUED', 'WAITING_FOR_ENGINE', 'RUNNING')")
                .params(timestamp(at), id)
                .update();
        dropImagesIf(changed, id);
        return changed == 1;
    }

    @Nullable
    Failure failureKind(UUID id) {
        return jdbc.sql("SELECT failure_kind FROM opinion_request WHERE id = ?")
                .param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)).map(Failure::valueOf))
                .optional()
                .flatMap(f -> f)
                .orElse(null);
    }

    int attempts(UUID id) {
        return jdbc.sql("SELECT attempts FROM opinion_request WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Requests not finished, oldest first (to be put back in line after a restart). */
    List<UUID> unfinished() {
        return jdbc.sql("SELECT id FROM opinion_request WHERE status IN ('QUEUED', 'WAITING_FOR_ENGINE', 'RUNNING')"
                        + " ORDER BY requested_at")
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** At start-up nothing runs yet: a RUNNING row is a call the previous process did not finish. */
    int requeueInterrupted() {
        return jdbc.sql("UPDATE opinion_request SET status = 'QUEUED' WHERE status = 'RUNNING'")
                .update();
    }

    private void dropImagesIf(int changed, UUID id) {
        // The hashes stay with the record; the pixels are not needed once nothing will be sent any more.
        if (changed == 1) {
            jdbc.sql("DELETE FROM opinion_image WHERE request_id = ?").param(id).update();
        }
    }

    private static OpinionRecord record(ResultSet rs, int row) throws SQLException {
        var images = rs.getString("image_sha256");
        return new OpinionRecord(
                rs.getObject("id", UUID.class),
                rs.getString("engine_id"),
                rs.getString("model"),
                rs.getString("model_version"),
                (Long) rs.getObject("case_id", Long.class),
                (Long) rs.getObject("batch_id", Long.class),
                rs.getLong("prompt_id"),
                rs.getInt("prompt_version"),
                images.isEmpty() ? List.of() : Arrays.asList(images.split(",")),
                OpinionStatus.valueOf(rs.getString("status")),
                rs.getString("answer_text"),
                findings(rs.getString("findings")),
                (Integer) rs.getObject("prompt_tokens", Integer.class),
                (Integer) rs.getObject("completion_tokens", Integer.class),
                (Long) rs.getObject("latency_ms", Long.class),
                rs.getBoolean("from_stored"),
                rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("answered_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null));
    }

    static String findingsText(List<ClassifiedFinding> findings) {
        var text = new StringBuilder();
        for (var finding : findings) {
            text.append(finding.label().replace('\t', ' ').replace('\n', ' '))
                    .append('\t')
                    .append(finding.probability())
                    .append('\n');
        }
        return text.toString();
    }

    static List<ClassifiedFinding> findings(String text) {
        return text.lines()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    int tab = line.lastIndexOf('\t');
                    return new ClassifiedFinding(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                })
                .toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
