package com.medvisionlab.dicomweb;

import com.medvisionlab.imaging.IndexedInstance;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Strong ETags for representations fully determined by stored objects: the SHA-256 of the objects' own SHA-256s (in
 * SOP Instance UID order) and what is made of them. Stored objects never change under a UID (a different object under
 * a known UID is refused by the index), so equal tags mean equal bytes.
 */
final class ETags {

    private ETags() {}

    static String of(List<IndexedInstance> instances, String representation) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            instances.stream()
                    .sorted(Comparator.comparing(i -> i.attributes().sopInstanceUid()))
                    .forEach(i -> digest.update(i.stored().sha256().getBytes(StandardCharsets.US_ASCII)));
            digest.update(representation.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest.digest()) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** For a representation made of other stored bytes (a recorded thumbnail): their hash and what is made of them. */
    static String ofContent(byte[] content, String representation) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(content);
            digest.update(representation.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest.digest()) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A multipart boundary that is the same whenever the tag is. */
    static String boundary(String etag) {
        return "mvl-" + etag.substring(1, 33);
    }

    /** Sets the ETag; when the client already holds it, answers 304 and returns true. */
    static boolean notModified(String etag, @Nullable String ifNoneMatch, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }
}
