package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A queue whose answers the test writes: requests stay queued until {@link #answer} or {@link #fail}, so a batch's
 * progress can be observed step by step without any engine or worker.
 */
final class ScriptedQueue implements SecondOpinionQueue {

    final List<OpinionRequest> asked = new CopyOnWriteArrayList<>();
    private final List<UUID> order = new CopyOnWriteArrayList<>();
    private final Map<UUID, OpinionRecord> records = new ConcurrentHashMap<>();
    private final Map<UUID, OpinionRequest> requests = new ConcurrentHashMap<>();

    @Override
    public UUID ask(OpinionRequest request) {
        var id = UUID.randomUUID();
        asked.add(request);
        order.add(id);
        requests.put(id, request);
        records.put(id, record(id, request, OpinionStatus.QUEUED, "", List.of(), null));
        return id;
    }

    /** The request ids of a batch's questions, in the order they were asked. */
    List<UUID> idsOf(long batchId) {
        return order.stream()
                .filter(id -> Long.valueOf(batchId).equals(requests.get(id).batchId()))
                .toList();
    }

    void answer(UUID id, String text, long latencyMs) {
        records.put(id, record(id, requests.get(id), OpinionStatus.ANSWERED, text, List.of(), latencyMs));
    }

    void classify(UUID id, List<EngineAnswer.ClassifiedFinding> findings, long latencyMs) {
        records.put(id, record(id, requests.get(id), OpinionStatus.ANSWERED, "", findings, latencyMs));
    }

    void fail(UUID id) {
        records.put(id, record(id, requests.get(id), OpinionStatus.FAILED, "", List.of(), null));
    }

    @Override
    public void cancel(UUID requestId) {
        records.computeIfPresent(
                requestId,
                (id, r) -> record(id, requests.get(id), OpinionStatus.CANCELLED, r.text(), r.findings(), null));
    }

    @Override
    public Optional<OpinionRecord> find(UUID requestId) {
        return Optional.ofNullable(records.get(requestId));
    }

    @Override
    public AutoCloseable follow(UUID requestId, Consumer<OpinionRecord> listener) {
        find(requestId).ifPresent(listener);
        return () -> {};
    }

    private static OpinionRecord record(
            UUID id,
            OpinionRequest request,
            OpinionStatus status,
            String text,
            List<EngineAnswer.ClassifiedFinding> findings,
            Long latencyMs) {
        return new OpinionRecord(
                id,
                request.engineId(),
                "fake/" + request.engineId(),
                "",
                request.caseId(),
                request.batchId(),
                request.prompt().id(),
                request.prompt().version(),
                request.images().stream().map(PreparedImage::sha256).toList(),
                status,
                text,
                findings,
                null,
                null,
                latencyMs,
                false,
                "researcher",
                Instant.now(),
                status.finished() ? Instant.now() : null);
    }
}
