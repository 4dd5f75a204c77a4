package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.secondopinion.EngineException.Failure;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each stored request to its end on a virtual thread of its own: waits for a turn in its engine's lane, waits
 * while the engine's circuit is open (WAITING_FOR_ENGINE), calls the engine with the time limit, retries retryable
 * failures with exponential back-off, and records and audits the outcome. A request's thread holds nothing but its
 * id; the prompt and images are read from the table when its turn comes.
 */
final class OpinionDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OpinionDispatcher.class);

    private final OpinionStore store;
    private final EngineLanes lanes;
    private final LiveOpinions live;
    private final QueueSettings settings;
    private final OpinionMetrics metrics;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, Ticket> tickets = new ConcurrentHashMap<>();

    OpinionDispatcher(
            OpinionStore store,
            EngineLanes lanes,
            LiveOpinions live,
            QueueSettings settings,
            OpinionMetrics metrics,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.lanes = lanes;
        this.live = live;
        this.settings = settings;
        this.metrics = metrics;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Puts a stored, unfinished request in line (once: a request already in line here is left alone). */
    void submit(UUID id) {
        var holder = new CompletableFuture<Ticket>();
        var worker = Thread.ofVirtual().name("second-opinion-" + id).unstarted(() -> {
            try {
                work(id, holder.join());
            } catch (RuntimeException e) {
                log.error("AI request {} stopped unexpectedly", id, e);
            } finally {
                tickets.remove(id);
            }
        });
        var ticket = new Ticket(worker);
        if (tickets.putIfAbsent(id, ticket) == null) {
            holder.complete(ticket);
            worker.start();
        }
    }

    boolean inLine(UUID id) {
        return tickets.containsKey(id);
    }

    void cancel(UUID id) {
        var ticket = tickets.get(id);
        if (ticket != null) {
            ticket.cancel();
        }
    }

    private void work(UUID id, Ticket ticket) {
        var request = store.request(id).orElse(null);
        if (request == null) {
            return;
        }
        var lane = lanes.lane(request.engineId()).orElse(null);
        if (lane == null) {
            // The engine was removed from the configuration since the request was queued.
            fail(id, request.engineId(), Failure.REJECTED, "");
            store.find(id).ifPresent(live::finished);
            return;
        }
        store.find(id).ifPresent(live::started);
        lane.waiting(id);
        boolean probing = false;
        try {
            int failedSinceWaiting = 0;
            boolean waitingForEngine = false;
            while (true) {
                ticket.block(() -> {
                    lane.acquire();
                    return null;
                });
                var admission = lane.breaker().admit();
                if (admission == CircuitBreaker.Admission.WAIT) {
                    lane.release();
                    if (!waitingForEngine) {
                        waitingForEngine = true;
                        store.markWaiting(id, OpinionStatus.WAITING_FOR_ENGINE, store.failureKind(id));
                        live.status(id, OpinionStatus.WAITING_FOR_ENGINE);
                    }
                    ticket.block(() -> {
                        lane.breaker().awaitChange();
                        return null;
                    });
                    continue;
                }
                probing = admission == CircuitBreaker.Admission.PROBE;
                if (waitingForEngine) {
                    waitingForEngine = false;
                    failedSinceWaiting = 0;
                }
                if (!store.markRunning(id)) {
                    lane.release();
                    return; // cancelled meanwhile
                }
                lane.notWaiting(id);
                live.change(id, r -> LiveOpinions.withText(LiveOpinions.withStatus(r, OpinionStatus.RUNNING), ""));
                var outcome = call(lane, request, ticket);
                if (outcome.answer() != null) {
                    probing = false;
                    lane.breaker().succeeded();
                    metrics.latency(lane.engineId(), "answered", outcome.latency());
                    answered(id, lane.engineId(), outcome.answer(), outcome.latency());
                    return;
                }
                var failure = outcome.failure();
                metrics.error(lane.engineId(), failure);
                metrics.latency(lane.engineId(), "failed", outcome.latency());
                probing = false;
                if (!isRetryable(failure)) {
                    lane.breaker().succeeded(); // the engine is there; the request itself is the problem
                    fail(id, lane.engineId(), failure, outcome.partialText());
                    return;
                }
                lane.breaker().failed();
                failedSinceWaiting++;
                lane.waiting(id);
                if (lane.breaker().open()) {
                    waitingForEngine = true;
                    store.markWaiting(id, OpinionStatus.WAITING_FOR_ENGINE, failure);
                    live.status(id, OpinionStatus.WAITING_FOR_ENGINE);
                    continue;
                }
                if (failedSinceWaiting >= settings.maxAttempts()) {
                    lane.notWaiting(id);
                    fail(id, lane.engineId(), failure, outcome.partialText());
                    return;
                }
                store.markWaiting(id, OpinionStatus.QUEUED, failure);
                live.status(id, OpinionStatus.QUEUED);
                var backoff = settings.backoffAfter(failedSinceWaiting);
                ticket.block(() -> {
                    Thread.sleep(backoff);
                    return null;
                });
            }
        } catch (Ticket.Cancelled cancelled) {
            if (probing) {
                lane.breaker().probeAbandoned();
            }
        } catch (Exception unexpected) {
            log.error("AI request {} failed unexpectedly", id, unexpected);
            fail(id, lane.engineId(), Failure.MALFORMED, "");
        } finally {
            lane.notWaiting(id);
            store.find(id).filter(r -> r.status().finished()).ifPresent(live::finished);
        }
    }

    private static boolean isRetryable(Failure failure) {
        return failure == Failure.TIMEOUT || failure == Failure.UNAVAILABLE;
    }

    private record Outcome(
            @Nullable EngineAnswer answer, @Nullable Failure failureOrNull, Duration latency, String partialText) {
        Failure failure() {
            return failureOrNull == null ? Failure.MALFORMED : failureOrNull;
        }
    }

    /**
     * One engine call on a thread of its own, so the time limit holds whatever the engine does; the turn (permit) is
     * given back only when that thread ends, so a call abandoned on timeout or cancellation still counts against the
     * engine's concurrency until it really stops.
     */
    private Outcome call(EngineLane lane, StoredRequest request, Ticket ticket) throws Exception {
        var engine = lanes.engine(lane.engineId());
        var question = new EngineQuestion(
                request.systemPrompt(),
                request.userPrompt(),
                store.images(request.id()),
                request.language(),
                settings.timeout());
        var current = new AtomicBoolean(true);
        var text = new StringBuffer();
        OpinionSink sink = piece -> {
            if (current.get()) {
                text.append(piece);
                live.append(request.id(), piece);
            }
        };
        var result = new CompletableFuture<EngineAnswer>();
        long started = System.nanoTime();
        var callThread = Thread.ofVirtual()
                .name("second-opinion-call-" + request.id())
                .unstarted(() -> {
                    lane.callStarted();
                    try {
                        if (engine.isEmpty()) {
                            throw new EngineException(Failure.UNAVAILABLE, "engine not configured");
                        }
                        result.complete(engine.get().answer(question, sink));
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    } finally {
                        lane.callEnded();
                        lane.release();
                    }
                });
        callThread.start();
        try {
            var answer = ticket.block(() -> result.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS));
            return new Outcome(answer, null, elapsedSince(started), text.toString());
        } catch (TimeoutException timeout) {
            current.set(false);
            callThread.interrupt();
            return new Outcome(null, Failure.TIMEOUT, elapsedSince(started), text.toString());
        } catch (ExecutionException failed) {
            current.set(false);
            if (failed.getCause() instanceof EngineException engineFailure) {
                log.info(
                        "AI engine {} failed: {} ({})",
                        lane.engineId(),
                        engineFailure.failure(),
                        engineFailure.getMessage());
                return new Outcome(null, engineFailure.failure(), elapsedSince(started), text.toString());
            }
            log.warn("AI engine {} threw instead of answering", lane.engineId(), failed.getCause());
            return new Outcome(null, Failure.MALFORMED, elapsedSince(started), text.toString());
        } catch (Ticket.Cancelled cancelled) {
            current.set(false);
            callThread.interrupt();
            throw cancelled;
        }
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private void answered(UUID id, String engineId, EngineAnswer answer, Duration latency) {
        transactions.executeWithoutResult(status -> {
            if (store.markAnswered(id, answer, latency.toMillis(), clock.instant())) {
                store.find(id).ifPresent(record -> audit(record, null));
            }
        });
        log.debug("AI request answered by {} in {} ms", engineId, latency.toMillis());
    }

    private void fail(UUID id, String engineId, Failure failure, String partialText) {
        transactions.executeWithoutResult(status -> {
            if (store.markFailed(id, failure, partialText, clock.instant())) {
                store.find(id).ifPresent(record -> audit(record, failure));
            }
        });
        log.info("AI request to {} failed: {}", engineId, failure);
    }

    /** The audit row of a finished call: facts only, never the prompt, the answer or anything about the patient. */
    void audit(OpinionRecord record, @Nullable Failure failure) {
        var event = AuditableEvent.of(OpinionQueueAuditAction.AI_CALL)
                .target(OpinionQueueAuditAction.REQUEST, record.id().toString())
                .detail("engine", record.engineId())
                .detail("model", record.model())
                .detail("status", record.status().name())
                .detail("fromStored", Boolean.toString(record.fromStored()))
                .detail("attempts", Integer.toString(store.attempts(record.id())))
                .actedBy(record.requestedBy());
        if (record.caseId() != null) {
            event = event.detail("caseId", record.caseId().toString());
        }
        if (record.batchId() != null) {
            event = event.detail("batchId", record.batchId().toString());
        }
        if (record.latencyMs() != null) {
            event = event.detail("latencyMs", record.latencyMs().toString());
        }
        if (failure != null) {
            event = event.detail("failure", failure.name());
        }
        events.publishEvent(event);
    }

    Optional<Integer> position(UUID id, String engineId) {
        return lanes.lane(engineId).map(lane -> lane.position(id)).filter(p -> p > 0);
    }
}
