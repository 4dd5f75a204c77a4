package com.medvisionlab.secondopinion.bench;

import com.medvisionlab.MedVisionLabApplication;
import com.medvisionlab.secondopinion.EngineQuestion;
import com.medvisionlab.secondopinion.OpenAiTestServer;
import com.medvisionlab.secondopinion.OpinionRecord;
import com.medvisionlab.secondopinion.OpinionRequest;
import com.medvisionlab.secondopinion.OpinionSink;
import com.medvisionlab.secondopinion.PreparedImage;
import com.medvisionlab.secondopinion.PromptCatalog;
import com.medvisionlab.secondopinion.SecondOpinionEngine;
import com.medvisionlab.secondopinion.SecondOpinionEngines;
import com.medvisionlab.secondopinion.SecondOpinionQueue;
import com.medvisionlab.security.Role;
import io.micrometer.core.instrument.MeterRegistry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The queue's cost and its use of an engine's concurrency, against {@link OpenAiTestServer} answering after a fixed
 * latency, in one run:
 *
 * <ol>
 *   <li>latency: the same question (a fresh one each time, so nothing is reused) sent N times one after the other,
 *       directly through the engine and through the portal's queue (stored, queued, called, recorded, audited);
 *       prints p50/p95 of both, the portal's added milliseconds and the ratio;
 *   <li>concurrency: 100 questions queued at once for an engine taking 16; samples the in-flight gauge while
 *       requests wait and prints how full the engine was kept.
 * </ol>
 *
 * Arguments: {@code [server latency ms (200)] [sequential requests (50)]}.
 */
public final class QueueBench {

    private static final int CONCURRENCY = 16;
    private static final int QUEUED = 100;

    private QueueBench() {}

    public static void main(String[] args) throws Exception {
        var latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 200);
        int sequential = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (var server = OpenAiTestServer.start()) {
            server.answer("No acute ", "cardiopulmonary ", "finding.").latency(latency, Duration.ZERO);
            // System properties, since they override application.properties (builder defaults would not).
            System.setProperty("server.port", "0");
            System.setProperty("medvision.ai.engines.medgemma.base-url", server.baseUrl());
            System.setProperty("medvision.ai.engines.medgemma.model", OpenAiTestServer.MODEL);
            System.setProperty("medvision.ai.engines.medgemma.max-concurrency", Integer.toString(CONCURRENCY));
            System.setProperty("logging.level.com.medvisionlab", "WARN");
            var context = new SpringApplicationBuilder(MedVisionLabApplication.class).run();
            try {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "bench", null, Role.STUDENT.authorities()));
                var engine = context.getBean(SecondOpinionEngines.class)
                        .byId("medgemma")
                        .orElseThrow();
                var queue = context.getBean(SecondOpinionQueue.class);
                var meters = context.getBean(MeterRegistry.class);
                var image = image();

                // warm-up: class loading, JIT, connection pools
                for (int i = 0; i < 10; i++) {
                    direct(engine, image, "warm-up " + i);
                    viaQueue(queue, image, "warm-up " + i);
                }
                var directMs = new ArrayList<Double>();
                var portalMs = new ArrayList<Double>();
                for (int i = 0; i < sequential; i++) {
                    directMs.add(direct(engine, image, "direct " + i));
                    portalMs.add(viaQueue(queue, image, "portal " + i));
                }
                report(latency, directMs, portalMs);
                concurrency(queue, meters, image, server);
            } finally {
                context.close();
            }
        }
    }

    private static double direct(SecondOpinionEngine engine, PreparedImage image, String question) throws Exception {
        long start = System.nanoTime();
        engine.answer(
                new EngineQuestion(
                        PROMPT.systemPrompt(),
                        question + " " + UUID.randomUUID(),
                        List.of(image),
                        Locale.ENGLISH,
                        Duration.ofSeconds(30)),
                OpinionSink.NONE);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double viaQueue(SecondOpinionQueue queue, PreparedImage image, String question) throws Exception {
        var done = new CountDownLatch(1);
        long start = System.nanoTime();
        var id = queue.ask(request(image, question));
        try (var following = queue.follow(id, record -> {
            if (record.status().finished()) {
                done.countDown();
            }
        })) {
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no answer within 60 s");
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        var status = queue.find(id).map(OpinionRecord::status).orElseThrow();
        if (status != OpinionRecord.OpinionStatus.ANSWERED) {
            throw new IllegalStateException("request ended " + status);
        }
        return ms;
    }

    private static void report(Duration serverLatency, List<Double> direct, List<Double> portal) {
        double d50 = percentile(direct, 50), d95 = percentile(direct, 95);
        double p50 = percentile(portal, 50), p95 = percentile(portal, 95);
        System.out.printf(Locale.ROOT, "server latency (fixed)      %8.1f ms%n", (double) serverLatency.toMillis());
        System.out.printf(
                Locale.ROOT, "direct engine call   p50 %8.1f ms   p95 %8.1f ms  (n=%d)%n", d50, d95, direct.size());
        System.out.printf(
                Locale.ROOT, "through the queue    p50 %8.1f ms   p95 %8.1f ms  (n=%d)%n", p50, p95, portal.size());
        System.out.printf(
                Locale.ROOT,
                "portal adds          p50 %8.1f ms   p95 %8.1f ms   ratio portal/direct p50 %.3f  p95 %.3f%n",
                p50 - d50,
                p95 - d95,
                p50 / d50,
                p95 / d95);
        System.out.printf(
                Locale.ROOT,
                "  minus the server's own latency: direct p50 %.1f ms, portal p50 %.1f ms%n",
                d50 - serverLatency.toMillis(),
                p50 - serverLatency.toMillis());
    }

    private static void concurrency(
            SecondOpinionQueue queue, MeterRegistry meters, PreparedImage image, OpenAiTestServer server)
            throws Exception {
        var gauge =
                meters.find("medvision.ai.in.flight").tag("engine", "medgemma").gauge();
        var waiting = meters.find("medvision.ai.queue.length")
                .tag("engine", "medgemma")
                .gauge();
        var done = new CountDownLatch(QUEUED);
        var follows = new ArrayList<AutoCloseable>();
        long start = System.nanoTime();
        for (int i = 0; i < QUEUED; i++) {
            var id = queue.ask(request(image, "load " + i));
            follows.add(queue.follow(id, record -> {
                if (record.status().finished()) {
                    done.countDown();
                }
            }));
        }
        var samples = new ArrayList<Integer>();
        while (done.getCount() > 0) {
            if (waiting != null && waiting.value() > 0 && gauge != null) {
                samples.add((int) gauge.value());
            }
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (var follow : follows) {
            follow.close();
        }
        Collections.sort(samples);
        System.out.printf(
                Locale.ROOT,
                "%d queued, engine takes %d: in flight while requests waited: min %d, median %d, max %d (%d samples);"
                        + " server saw at most %d at once; all answered in %.2f s%n",
                QUEUED,
                CONCURRENCY,
                samples.isEmpty() ? 0 : samples.getFirst(),
                samples.isEmpty() ? 0 : samples.get(samples.size() / 2),
                samples.isEmpty() ? 0 : samples.getLast(),
                samples.size(),
                server.maxInFlight(),
                seconds);
    }

    private static final PromptCatalog.PromptVersion PROMPT =
            new PromptCatalog.PromptVersion(1, 1, "You are a radiology teaching assistant.", "Describe the findings.");

    private static OpinionRequest request(PreparedImage image, String question) {
        return new OpinionRequest(
                "medgemma", null, null, List.of(image), PROMPT, question + " " + UUID.randomUUID(), Locale.ENGLISH);
    }

    /** A 896x896 grey gradient PNG, as large as MedGemma's input. */
    private static PreparedImage image() throws IOException, java.security.NoSuchAlgorithmException {
        var picture = new BufferedImage(896, 896, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 896; y++) {
            for (int x = 0; x < 896; x++) {
                picture.getRaster().setSample(x, y, 0, (x * 7 + y * 3 + (x * y) % 13) & 0xff);
            }
        }
        var png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        var bytes = png.toByteArray();
        var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return new PreparedImage(bytes, 896, sha, "1.2.826.0.1.3680043.8.498.99", 1);
    }

    private static double percentile(List<Double> values, int percentile) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }
}
