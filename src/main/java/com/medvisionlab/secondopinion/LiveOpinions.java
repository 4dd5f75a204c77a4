package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests of this process that are not finished, as followers see them: the state and the text streamed so far
 * (kept in memory, written to the table once, at the end), and who follows each.
 */
final class LiveOpinions {

    private static final Logger log = LoggerFactory.getLogger(LiveOpinions.class);

    private final Map<UUID, OpinionRecord> live = new ConcurrentHashMap<>();
    private final Map<UUID, List<Consumer<OpinionRecord>>> followers = new ConcurrentHashMap<>();

    void started(OpinionRecord record) {
        live.put(record.id(), record);
        publish(record);
    }

    /** Changes a live request and tells its followers; no-op once it is finished. */
    void change(UUID id, UnaryOperator<OpinionRecord> change) {
        var changed = live.computeIfPresent(id, (key, record) -> change.apply(record));
        if (changed != null) {
            publish(changed);
        }
    }

    void status(UUID id, OpinionStatus status) {
        change(id, record -> LiveOpinions.withStatus(record, status));
    }

    void append(UUID id, String piece) {
        change(id, record -> withText(record, record.text() + piece));
    }

    /** The request is finished: followers get its stored form, then it leaves memory. */
    void finished(OpinionRecord stored) {
        live.remove(stored.id());
        publish(stored);
    }

    java.util.Optional<OpinionRecord> get(UUID id) {
        return java.util.Optional.ofNullable(live.get(id));
    }

    AutoCloseable follow(UUID id, Consumer<OpinionRecord> listener) {
        followers.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> followers.computeIfPresent(id, (key, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    private void publish(OpinionRecord record) {
        var listeners = followers.get(record.id());
        if (listeners == null) {
            return;
        }
        for (var listener : listeners) {
            try {
                listener.accept(record);
            } catch (RuntimeException e) {
                // A follower's failure (e.g. a closed browser tab) must not stop the request or the others.
                log.debug("A follower of an AI request failed: {}", e.toString());
            }
        }
    }

    static OpinionRecord withStatus(OpinionRecord r, OpinionStatus status) {
        return new OpinionRecord(
                r.id(),
                r.engineId(),
                r.model(),
                r.modelVersion(),
                r.caseId(),
                r.batchId(),
                r.promptId(),
                r.promptVersion(),
                r.imageSha256(),
                status,
                r.text(),
                r.findings(),
                r.promptTokens(),
                r.completionTokens(),
                r.latencyMs(),
                r.fromStored(),
                r.requestedBy(),
                r.requestedAt(),
                r.answeredAt());
    }

    static OpinionRecord withText(OpinionRecord r, String text) {
        return new OpinionRecord(
                r.id(),
                r.engineId(),
                r.model(),
                r.modelVersion(),
                r.caseId(),
                r.batchId(),
                r.promptId(),
                r.promptVersion(),
                r.imageSha256(),
                r.status(),
                text,
                r.findings(),
                r.promptTokens(),
                r.completionTokens(),
                r.latencyMs(),
                r.fromStored(),
                r.requestedBy(),
                r.requestedAt(),
                r.answeredAt());
    }
}
