package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.EngineException.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A real engine for the queue's tests, behaving as told: answers after a latency, streaming its answer in pieces,
 * fails with a given failure for the next calls or while it is "down", or hangs until released. It counts what the
 * queue did to it: calls, calls in flight at once (the highest too), interrupts.
 */
final class ScriptedEngine implements SecondOpinionEngine {

    private final EngineDescriptor descriptor;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final Queue<Failure> nextFailures = new ConcurrentLinkedQueue<>();
    private final List<Instant> callTimes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile Duration latency = Duration.ZERO;
    private volatile List<String> pieces = List.of("No acute ", "finding.");
    private volatile Duration pieceDelay = Duration.ZERO;
    private volatile @Nullable CountDownLatch hold;

    ScriptedEngine(int maxConcurrency) {
        this.descriptor = new EngineDescriptor(
                "scripted-" + UUID.randomUUID().toString().substring(0, 8),
                EngineKind.VISION_LANGUAGE,
                "test/scripted-model",
                "v1",
                64,
                maxConcurrency);
    }

    ScriptedEngine latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    ScriptedEngine streams(Duration pieceDelay, String... pieces) {
        this.pieceDelay = pieceDelay;
        this.pieces = List.of(pieces);
        return this;
    }

    ScriptedEngine failNext(Failure failure, int times) {
        for (int i = 0; i < times; i++) {
            nextFailures.add(failure);
        }
        return this;
    }

    void down() {
        down.set(true);
    }

    void up() {
        down.set(false);
    }

    /** Calls from now on wait until {@link #release()} (or their interruption). */
    void hold() {
        hold = new CountDownLatch(1);
    }

    void release() {
        var latch = hold;
        if (latch != null) {
            latch.countDown();
        }
    }

    String answerText() {
        return String.join("", pieces);
    }

    @Override
    public EngineDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public EngineAnswer answer(EngineQuestion question, OpinionSink sink) throws EngineException {
        calls.incrementAndGet();
        callTimes.add(Instant.now());
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            var failure = nextFailures.poll();
            if (failure != null) {
                throw new EngineException(failure, "scripted " + failure);
            }
            if (down.get()) {
                throw new EngineException(Failure.UNAVAILABLE, "scripted: down");
            }
            var latch = hold;
            if (latch != null) {
                latch.await();
            }
            Thread.sleep(latency);
            for (var piece : pieces) {
                Thread.sleep(pieceDelay);
                sink.text(piece);
            }
            return new EngineAnswer(answerText(), List.of(), 12, pieces.size(), "v1");
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
            Thread.currentThread().interrupt();
            throw new EngineException(Failure.TIMEOUT, "interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    int calls() {
        return calls.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int interrupted() {
        return interrupted.get();
    }

    List<Instant> callTimes() {
        return List.copyOf(callTimes);
    }

    static Supplier<String> id(ScriptedEngine engine) {
        return () -> engine.descriptor().id();
    }
}
