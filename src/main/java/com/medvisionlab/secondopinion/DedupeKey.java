package com.medvisionlab.secondopinion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two requests identical: the engine and its model, the prompt's id and version, the question text and the
 * images' hashes in order. The answer's language is in the question text, so it need not be added.
 */
final class DedupeKey {

    private DedupeKey() {}

    static String of(EngineDescriptor engine, OpinionRequest request) {
        var parts = new StringBuilder();
        append(parts, engine.id());
        append(parts, engine.model());
        append(parts, engine.modelVersion());
        append(parts, Long.toString(request.prompt().id()));
        append(parts, Integer.toString(request.prompt().version()));
        append(parts, request.prompt().systemPrompt());
        append(parts, request.userPrompt());
        append(parts, request.language().toLanguageTag());
        hashes(request.images()).forEach(hash -> append(parts, hash));
        try {
            var digest =
                    MessageDigest.getInstance("SHA-256").digest(parts.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static List<String> hashes(List<PreparedImage> images) {
        return images.stream().map(PreparedImage::sha256).toList();
    }

    private static void append(StringBuilder parts, String part) {
        // Length-prefixed, so no choice of texts can make two different requests collide.
        parts.append(part.length()).append(':').append(part).append('|');
    }
}
