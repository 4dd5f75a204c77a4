package com.medvisionlab.dicom.dict;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.VR;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The PS3.6 data dictionary: tag to keyword, VR(s), VM and retired flag, and keyword to tag. Repeating-group
 * entries such as (60xx,3000) or (0020,31xx) match through a mask. Loaded once from the generated
 * {@code elements.tsv}.
 */
public final class ElementDictionary {

    /** One dictionary row. {@code vrs} has several entries for ambiguous VRs such as "US or SS". */
    public record Entry(String pattern, String keyword, List<VR> vrs, String vm, boolean retired) {
        public VR vr() {
            return vrs.getFirst();
        }
    }

    private static final Entry GROUP_LENGTH = new Entry("xxxx0000", "GenericGroupLength", List.of(VR.UL), "1", true);
    private static final Entry PRIVATE_CREATOR = new Entry("gggg00xx", "PrivateCreator", List.of(VR.LO), "1", false);
    private static final ElementDictionary STANDARD = load();

    private final int[] tags;
    private final Entry[] entries;
    private final int[] maskedValues;
    private final int[] masks;
    private final Entry[] maskedEntries;
    private final Map<String, Integer> tagsByKeyword;

    private ElementDictionary(
            int[] tags,
            Entry[] entries,
            int[] maskedValues,
            int[] masks,
            Entry[] maskedEntries,
            Map<String, Integer> tagsByKeyword) {
        this.tags = tags;
        this.entries = entries;
        this.maskedValues = maskedValues;
        this.masks = masks;
        this.maskedEntries = maskedEntries;
        this.tagsByKeyword = tagsByKeyword;
    }

    public static ElementDictionary standard() {
        return STANDARD;
    }

    public Optional<Entry> lookup(int tag) {
        return Optional.ofNullable(find(tag));
    }

    public Optional<String> keywordOf(int tag) {
        Entry entry = find(tag);
        return entry == null ? Optional.empty() : Optional.of(entry.keyword());
    }

    public OptionalInt tagOf(String keyword) {
        Integer tag = tagsByKeyword.get(keyword);
        return tag == null ? OptionalInt.empty() : OptionalInt.of(tag);
    }

    /** The VR an implicit-VR reader assumes: the first dictionary VR, or UN for unknown and private elements. */
    public VR implicitVrOf(int tag) {
        Entry entry = find(tag);
        return entry == null ? VR.UN : entry.vr();
    }

    private Entry find(int tag) {
        if (Tag.isPrivate(tag)) {
            return Tag.isPrivateCreator(tag) ? PRIVATE_CREATOR : Tag.isGroupLength(tag) ? GROUP_LENGTH : null;
        }
        int i = Arrays.binarySearch(tags, tag);
        if (i >= 0) {
            return entries[i];
        }
        for (int m = 0; m < masks.length; m++) {
            if ((tag & masks[m]) == maskedValues[m]) {
                return maskedEntries[m];
            }
        }
        return Tag.isGroupLength(tag) ? GROUP_LENGTH : null;
    }

    private static ElementDictionary load() {
        try (InputStream in = ElementDictionary.class.getResourceAsStream("elements.tsv")) {
            if (in == null) {
                throw new DicomException("dictionary resource elements.tsv is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DicomException("cannot read dictionary resource elements.tsv: " + e.getMessage(), e);
        }
    }

    private static ElementDictionary parse(BufferedReader reader) throws IOException {
        List<Entry> exact = new ArrayList<>();
        List<Entry> masked = new ArrayList<>();
        Map<String, Integer> byKeyword = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<VR> vrs = Arrays.stream(f[1].split("\\|")).map(VR::valueOf).toList();
            Entry entry = new Entry(f[0], f[4], vrs, f[2], "R".equals(f[3]));
            (f[0].indexOf('x') >= 0 ? masked : exact).add(entry);
            byKeyword.put(entry.keyword(), Integer.parseUnsignedInt(f[0].replace('x', '0'), 16));
        }
        exact.sort((a, b) -> Integer.compare(tagOf(a), tagOf(b)));
        int[] tags = exact.stream().mapToInt(ElementDictionary::tagOf).toArray();
        int[] masks = new int[masked.size()];
        int[] values = new int[masked.size()];
        for (int i = 0; i < masked.size(); i++) {
            String p = masked.get(i).pattern();
            int mask = 0;
            for (int c = 0; c < 8; c++) {
                mask = (mask << 4) | (p.charAt(c) == 'x' ? 0 : 0xF);
            }
            masks[i] = mask;
            values[i] = Integer.parseUnsignedInt(p.replace('x', '0'), 16);
        }
        return new ElementDictionary(
                tags, exact.toArray(Entry[]::new), values, masks, masked.toArray(Entry[]::new), Map.copyOf(byKeyword));
    }

    private static int tagOf(Entry e) {
        return Integer.parseUnsignedInt(e.pattern(), 16);
    }
}
