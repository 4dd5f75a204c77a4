package com.medvisionlab.deid.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Private attributes known to be safe (curated subset of PS3.15 Table E.3.10-1, resource
 * {@code safe-private-tags.tsv}), kept under the Retain Safe Private option. A private element is identified by its
 * creator (compared case-insensitively, trimmed), its group and the low byte of its element; the VR must match
 * too, except that UN (implicit VR files) is accepted, because a mismatched VR means the vendor reused the slot.
 */
public final class SafePrivateTags {

    private static final SafePrivateTags STANDARD = load();
    private final Map<String, String> vrByKey;

    private SafePrivateTags(Map<String, String> vrByKey) {
        this.vrByKey = Map.copyOf(vrByKey);
    }

    public static SafePrivateTags standard() {
        return STANDARD;
    }

    public boolean isSafe(String creator, int tag, String vr) {
        String expected = vrByKey.get(key(creator, tag >>> 16, tag & 0xFF));
        return expected != null && (expected.equals(vr) || "UN".equals(vr));
    }

    public int size() {
        return vrByKey.size();
    }

    private static String key(String creator, int group, int elementLowByte) {
        return creator.strip().toUpperCase(Locale.ROOT) + "|" + group + "|" + elementLowByte;
    }

    private static SafePrivateTags load() {
        try (InputStream in = SafePrivateTags.class.getResourceAsStream("safe-private-tags.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource safe-private-tags.tsv missing from the classpath");
            }
            Map<String, String> map = new HashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .forEach(c -> map.put(key(c[0], Integer.parseInt(c[1], 16), Integer.parseInt(c[2], 16)), c[3]));
            return new SafePrivateTags(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
