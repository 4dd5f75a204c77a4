package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.dict.ElementDictionary;
import com.medvisionlab.imaging.DateRange;
import com.medvisionlab.imaging.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The query string of a QIDO-RS request (PS3.18 8.3.4): matching keys by keyword or tag ({@code PatientID} or
 * {@code 00100020}), {@code limit}, {@code offset}, {@code includefield}, {@code fuzzymatching}. Keys the index cannot
 * match are ignored with a warning, as PS3.18 8.3.4.1 allows; a malformed value is a 400.
 */
final class QidoParameters {

    static final int DEFAULT_LIMIT = 100;
    private static final Set<String> CONTROL = Set.of("limit", "offset", "includefield", "fuzzymatching");

    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Page page;

    private QidoParameters(MultiValueMap<String, String> query) {
        int limit = number(query.getFirst("limit"), "limit").orElse(DEFAULT_LIMIT);
        int offset = number(query.getFirst("offset"), "offset").orElse(0);
        if (limit < 1 || offset < 0) {
            throw DicomWebException.badRequest("limit must be positive and offset not negative");
        }
        if (limit > Page.MAX_LIMIT) {
            warnings.add("limit reduced to " + Page.MAX_LIMIT);
            limit = Page.MAX_LIMIT;
        }
        this.page = new Page(limit, offset);
        for (var includes : query.getOrDefault("includefield", List.of())) {
            for (var field : includes.split(",")) {
                if (!field.isBlank() && !field.equals("all")) {
                    keyword(field.strip());
                }
            }
        }
        if ("true".equalsIgnoreCase(query.getFirst("fuzzymatching"))) {
            warnings.add("fuzzymatching is not supported");
        }
        query.forEach((name, values) -> {
            if (!CONTROL.contains(name) && !values.isEmpty()) {
                keys.put(keyword(name), values.getFirst());
            }
        });
    }

    static QidoParameters parse(MultiValueMap<String, String> query) {
        return new QidoParameters(query);
    }

    Page page() {
        return page;
    }

    /** Warnings for the response's {@code Warning} header. */
    List<String> warnings() {
        return warnings;
    }

    /** The value of a matching key, consumed: what is never taken is reported as unsupported. */
    Optional<String> take(String keyword) {
        return Optional.ofNullable(keys.remove(keyword)).filter(v -> !v.isEmpty() && !v.equals("*"));
    }

    List<String> takeUids(String keyword) {
        return take(keyword)
                .map(v -> Arrays.stream(v.split("[,\\\\]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    Optional<DateRange> takeDate(String keyword) {
        try {
            return take(keyword).map(DateRange::parse);
        } catch (IllegalArgumentException e) {
            throw DicomWebException.badRequest(keyword + " is not a date or date range");
        }
    }

    OptionalInt takeInt(String keyword) {
        var value = take(keyword);
        return value.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(number(value.get(), keyword).orElseThrow());
    }

    /** Call after taking every supported key: the rest are matching keys this level does not support. */
    QidoParameters ignoreTheRest() {
        keys.keySet().forEach(key -> warnings.add("matching on " + key + " is not supported here; ignored"));
        keys.clear();
        return this;
    }

    private static OptionalInt number(String value, String name) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw DicomWebException.badRequest(name + " is not a number");
        }
    }

    /** A keyword, or the keyword of an 8-hex-digit tag; unknown names are a 400. */
    private static String keyword(String name) {
        var dictionary = ElementDictionary.standard();
        if (name.matches("[0-9A-Fa-f]{8}")) {
            int tag = HexFormat.fromHexDigits(name);
            return dictionary
                    .keywordOf(tag)
                    .orElseThrow(() -> DicomWebException.badRequest("unknown tag " + Tag.toHex(tag)));
        }
        if (dictionary.tagOf(name).isEmpty()) {
            throw DicomWebException.badRequest("unknown attribute " + name);
        }
        return name;
    }
}
