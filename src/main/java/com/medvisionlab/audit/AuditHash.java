package com.medvisionlab.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The canonical serialisation and SHA-256 of an audit row. Every field is written as {@code name=length:value;}
 * in a fixed order, so no choice of values can make two different rows serialise alike.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    /** The escape of each character below this bound that needs one; {@code null} where it stands verbatim. */
    private static final @Nullable String[] ESCAPES = new String['\\' + 1];

    static {
        for (char control = 0; control < 0x20; control++) {
            ESCAPES[control] = "\\u%04x".formatted((int) control);
        }
        ESCAPES['\n'] = "\\n";
        ESCAPES['\r'] = "\\r";
        ESCAPES['\t'] = "\\t";
        ESCAPES['"'] = "\\\"";
        ESCAPES['\\'] = "\\\\";
    }

    private AuditHash() {}

    static String of(long id, Instant occurredAt, AuditEntry entry, String details, String prevHash) {
        var canonical = new StringBuilder();
        field(canonical, "id", Long.toString(id));
        field(canonical, "occurred_at", occurredAt.toString());
        field(canonical, "actor", entry.actor());
        field(canonical, "role", entry.role());
        field(canonical, "action", entry.action());
        field(canonical, "target_type", entry.targetType());
        field(canonical, "target_id", entry.targetId());
        field(canonical, "client_address", entry.clientAddress());
        field(canonical, "details", details);
        field(canonical, "prev_hash", prevHash);
        return sha256(canonical.toString());
    }

    static String of(AuditRecord row) {
        var entry = new AuditEntry(
                row.actor(), row.role(), row.action(), row.targetType(), row.targetId(), row.clientAddress(), Map.of());
        return of(row.id(), row.occurredAt(), entry, row.details(), row.prevHash());
    }

    /**
     * Details as a JSON object with sorted keys: stable text that is hashed and stored verbatim.
     *
     * <p>This is the audit trail's own encoder, <b>frozen on purpose</b>: a change to its output would break every
     * stored hash. It therefore keeps its own copy of the escaping rules instead of calling the DICOM JSON writer's
     * escaper, which may evolve with that writer. The rules: {@code "} and {@code \} and the controls \n \r \t get
     * short escapes; every other control below U+0020 is {@code \}{@code u00xx} with lower-case hex (so \b and \f are
     * {@code \}{@code u0008} and {@code \}{@code u000c}); everything else, including DEL, U+2028 and surrogate pairs,
     * verbatim. {@code AuditHashTest} pins the output and its hash by hand.
     */
    static String canonicalJson(Map<String, String> details) {
        var json = new StringBuilder("{");
        details.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quoted(json, e.getKey()).append(':');
            quoted(json, e.getValue());
        });
        return json.append('}').toString();
    }

    private static StringBuilder quoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            var escape = c < ESCAPES.length ? ESCAPES[c] : null;
            if (escape == null) {
                out.append(c);
            } else {
                out.append(escape);
            }
        }
        return out.append('"');
    }

    private static void field(StringBuilder out, String name, @Nullable String value) {
        if (value == null) {
            // An absent value is distinguished from an empty one by a negative length.
            out.append(name).append("=-1:;");
            return;
        }
        out.append(name)
                .append('=')
                .append(value.length())
                .append(':')
                .append(value)
                .append(';');
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
        }
    }
}
