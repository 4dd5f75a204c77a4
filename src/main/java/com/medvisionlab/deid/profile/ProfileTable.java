package com.medvisionlab.deid.profile;

import com.medvisionlab.dicom.data.Tag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PS3.15 Table E.1-1 loaded from the generated resource {@code table-e1-1.tsv}. Exact tags are looked up in a hash
 * map; the few repeating-group rows (curves, overlays) by mask; private tags (odd groups, {@link Tag#isPrivate})
 * map to the single "Private Attributes" row.
 */
public final class ProfileTable {

    /** Pattern text used in the resource for the row "(gggg,eeee) where gggg is odd". */
    public static final String PRIVATE_PATTERN = "ggggeeee";

    static final String RESOURCE = "table-e1-1.tsv";

    private static final ProfileTable STANDARD = load();

    private final Map<Integer, ProfileRow> exact;
    private final List<Map.Entry<TagPattern, ProfileRow>> wildcards;
    private final ProfileRow privateRow;

    private ProfileTable(
            Map<Integer, ProfileRow> exact, List<Map.Entry<TagPattern, ProfileRow>> wildcards, ProfileRow privateRow) {
        this.exact = exact;
        this.wildcards = wildcards;
        this.privateRow = privateRow;
    }

    /** The table of the edition the resource was generated from. */
    public static ProfileTable standard() {
        return STANDARD;
    }

    public Optional<ProfileRow> row(int tag) {
        if (Tag.isPrivate(tag)) {
            return Optional.of(privateRow);
        }
        ProfileRow row = exact.get(tag);
        if (row != null) {
            return Optional.of(row);
        }
        for (Map.Entry<TagPattern, ProfileRow> w : wildcards) {
            if (w.getKey().matches(tag)) {
                return Optional.of(w.getValue());
            }
        }
        return Optional.empty();
    }

    public int size() {
        return exact.size() + wildcards.size() + 1;
    }

    private static ProfileTable load() {
        try (InputStream in = ProfileTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProfileTable parse(List<String> lines) {
        Map<Integer, ProfileRow> exact = new HashMap<>();
        List<Map.Entry<TagPattern, ProfileRow>> wildcards = new ArrayList<>();
        ProfileRow privateRow = null;
        ProfileColumn[] columns = ProfileColumn.values();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 + columns.length) {
                throw new IllegalStateException("malformed profile row: " + line);
            }
            Map<ProfileColumn, ProfileAction> options = new EnumMap<>(ProfileColumn.class);
            for (int i = 0; i < columns.length; i++) {
                if (!cells[3 + i].equals("-")) {
                    options.put(columns[i], ProfileAction.parse(cells[3 + i]));
                }
            }
            ProfileRow row = new ProfileRow(cells[0], cells[1], ProfileAction.parse(cells[2]), options);
            if (cells[0].equals(PRIVATE_PATTERN)) {
                privateRow = row;
                continue;
            }
            TagPattern pattern = TagPattern.parse(cells[0]);
            if (pattern.isWildcard()) {
                wildcards.add(Map.entry(pattern, row));
            } else {
                exact.put(pattern.value(), row);
            }
        }
        if (privateRow == null) {
            throw new IllegalStateException("profile table has no private-attributes row");
        }
        return new ProfileTable(Map.copyOf(exact), List.copyOf(wildcards), privateRow);
    }
}
