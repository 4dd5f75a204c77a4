package com.medvisionlab.deid.profile;

import com.medvisionlab.dicom.data.VR;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Private attributes known to be safe: PS3.15 Table E.3.10-1 (resource {@code safe-private-tags.tsv}, see its
 * header for sources and the rows left out), kept under the Retain Safe Private option. A private element is
 * identified by its creator (trimmed of LO padding, compared ignoring case, as vendors vary the case), its group and
 * the low byte of its element. The VR must be one the table gives, because a different VR means the vendor reused
 * the slot for something else; UN (implicit VR files) is accepted too, except for sequences: a sequence read as UN
 * cannot be walked, so the standard attributes in its items could not be de-identified.
 */
public final class SafePrivateTags {

    private static final SafePrivateTags STANDARD = new SafePrivateTags(load());
    private final Map<String, Set<VR>> vrsByKey;

    private SafePrivateTags(List<SafePrivateRow> rows) {
        Map<String, Set<VR>> map = new HashMap<>();
        for (SafePrivateRow row : rows) {
            if (map.put(row.key(), row.vrs()) != null) {
                throw new IllegalStateException(SafePrivateRow.FILE + " lists " + row.creator() + " "
                        + String.format("(%04X,xx%02X)", row.group(), row.elementLowByte()) + " twice");
            }
        }
        this.vrsByKey = Map.copyOf(map);
    }

    public static SafePrivateTags standard() {
        return STANDARD;
    }

    /**
     * Whether the private element {@code tag}, in the block of {@code creator}, encoded with {@code vr}, is listed
     * as safe.
     */
    public boolean isSafe(String creator, int tag, VR vr) {
        Set<VR> expected = vrsByKey.get(SafePrivateRow.key(creator, tag >>> 16, tag & 0xFF));
        if (expected == null) {
            return false;
        }
        return expected.contains(vr) || (vr == VR.UN && !expected.contains(VR.SQ));
    }

    public int size() {
        return vrsByKey.size();
    }

    /** The rows as in the resource, in file order (for checks against the standard). */
    static List<SafePrivateRow> rows() {
        return load();
    }

    private static List<SafePrivateRow> load() {
        try (InputStream in = SafePrivateTags.class.getResourceAsStream(SafePrivateRow.FILE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SafePrivateRow.FILE + " missing from the classpath");
            }
            List<SafePrivateRow> rows = new ArrayList<>();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(SafePrivateRow.parse(line, i + 1));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
