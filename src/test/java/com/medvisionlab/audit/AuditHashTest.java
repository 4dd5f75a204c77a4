package com.medvisionlab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.123456Z");

    private static AuditEntry entry(String actor, String action, Optional<String> targetId) {
        return new AuditEntry(actor, "STUDENT", action, null, targetId.orElse(null), null, Map.of());
    }

    @Test
    void hash_is_sha256_hex_and_depends_on_every_field() {
        var base = AuditHash.of(1, AT, entry("ann", "X", Optional.empty()), "{}", AuditHash.GENESIS);
        assertThat(base).matches("[0-9a-f]{64}");
        assertThat(AuditHash.of(2, AT, entry("ann", "X", Optional.empty()), "{}", AuditHash.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(1, AT.plusNanos(1000), entry("ann", "X", Optional.empty()), "{}", AuditHash.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(1, AT, entry("ann", "X", Optional.empty()), "{}", "1".repeat(64)))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(1, AT, entry("ann", "X", Optional.empty()), "{\"a\":\"b\"}", AuditHash.GENESIS))
                .isNotEqualTo(base);
    }

    @Test
    void shifting_text_between_fields_changes_the_hash() {
        var a = AuditHash.of(1, AT, entry("ab", "c", Optional.empty()), "{}", AuditHash.GENESIS);
        var b = AuditHash.of(1, AT, entry("a", "bc", Optional.empty()), "{}", AuditHash.GENESIS);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void an_absent_value_differs_from_an_empty_one() {
        var absent = AuditHash.of(1, AT, entry("a", "b", Optional.empty()), "{}", AuditHash.GENESIS);
        var empty = AuditHash.of(1, AT, entry("a", "b", Optional.of("")), "{}", AuditHash.GENESIS);
        assertThat(absent).isNotEqualTo(empty);
    }

    @Test
    void details_json_is_sorted_and_escaped() {
        var details = new LinkedHashMap<String, String>();
        details.put("z", "last");
        details.put("a", "quote \" backslash \\ newline \n");
        assertThat(AuditHash.canonicalJson(details))
                .isEqualTo("{\"a\":\"quote \\\" backslash \\\\ newline \\n\",\"z\":\"last\"}");
    }

    /**
     * Stored hashes must never change, so the escaping is pinned by hand from RFC 8259 as this chain has always applied
     * it: the six short escapes it uses, other controls as a backslash, u and four lower-case hex digits, everything else (DEL, U+2028, a
     * surrogate pair, Chinese) verbatim. The hash was computed outside Java (Python hashlib) from the documented
     * {@code name=length:value;} form, lengths in UTF-16 units.
     */
    @Test
    void tricky_details_keep_their_canonical_json_and_hash() {
        var details = Map.of("k\"ey", "a\"b\\c\n\r\t\u0000\b\f\u001f\u007f\u2028\uD83D\uDE00王伟");
        var json = AuditHash.canonicalJson(details);

        assertThat(json)
                .isEqualTo(
                        "{\"k\\\"ey\":\"a\\\"b\\\\c\\n\\r\\t\\u0000\\u0008\\u000c\\u001f\u007f\u2028\uD83D\uDE00王伟\"}");
        var entry = new AuditEntry("王伟", "STUDENT", "X", null, null, null, Map.of());
        assertThat(AuditHash.of(7, AT, entry, json, AuditHash.GENESIS))
                .isEqualTo("eaa03b87070828ade48eb96ad83e7495b3433a8bfa1a64bddcc924f6830c9a53");
    }
}
