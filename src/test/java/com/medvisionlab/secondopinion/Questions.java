package com.medvisionlab.secondopinion;

import com.medvisionlab.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Requests, signed-in users and patient waiting for the queue's tests. */
final class Questions {

    private Questions() {}

    static final PromptCatalog.PromptVersion PROMPT = new PromptCatalog.PromptVersion(
            7, 3, "You are a radiology teaching assistant. Education only.", "Describe the findings. {history}");

    static PreparedImage image(String content) {
        var png = content.getBytes(StandardCharsets.UTF_8);
        try {
            var sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(png));
            return new PreparedImage(png, 64, sha, "1.2.826.0.1.3680043.8.498.1", 1);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OpinionRequest about(SecondOpinionEngine engine, String question) {
        return new OpinionRequest(
                engine.descriptor().id(),
                42L,
                null,
                List.of(image("image of " + question)),
                PROMPT,
                question,
                Locale.ENGLISH);
    }

    static String signInAs(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(username, null, role.authorities()));
        return username;
    }

    /** Polls until the condition holds; fails the test after {@code patience}. */
    static void eventually(Duration patience, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
