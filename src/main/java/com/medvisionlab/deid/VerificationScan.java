package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.report.Finding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An independent check of an output dataset: every element value, recursively through sequences and including
 * private elements and small binary values, is searched for the identifying values collected from the input.
 * Deliberately does not reuse the cleaner's regular expressions: it tokenizes values and compares tokens, so a bug
 * in one is unlikely to hide in the other. A file with any finding must be quarantined.
 */
public final class VerificationScan {

    /** Binary values larger than this (pixel data, waveforms) are not text and are not scanned. */
    private static final int MAX_BINARY_SCAN = 64 * 1024;

    private final Set<String> nameTokens;
    private final List<String> ids;
    private final List<String> dateSpellings;
    private final List<String> phrases;

    public VerificationScan(IdentifyingValues values) {
        this.nameTokens = values.nameTokens();
        this.ids = List.copyOf(values.ids());
        this.dateSpellings = values.dates().stream().flatMap(d -> IdentifyingValues.dateSpellings(d).stream()).toList();
        this.phrases = List.copyOf(values.phrases());
    }

    public List<Finding> scan(AttributeTree dataset) {
        List<Finding> findings = new ArrayList<>();
        scan(dataset, "", findings);
        return findings;
    }

    private void scan(AttributeTree tree, String path, List<Finding> findings) {
        for (int tag : tree.tags()) {
            String location = path + DicomTags.hex(tag);
            String vr = tree.vr(tag);
            if ("SQ".equals(vr)) {
                List<? extends AttributeTree> items = tree.items(tag);
                for (int i = 0; i < items.size(); i++) {
                    scan(items.get(i), location + "[" + i + "]/", findings);
                }
                continue;
            }
            if (tag == DicomTags.PIXEL_DATA || DicomTags.isOverlayOrCurveData(tag)) {
                continue;
            }
            for (String value : tree.strings(tag)) {
                check(value, location, findings);
            }
            Optional<byte[]> bytes = tree.bytes(tag);
            if (bytes.isPresent() && bytes.get().length <= MAX_BINARY_SCAN) {
                check(new String(bytes.get(), StandardCharsets.ISO_8859_1), location, findings);
            }
        }
    }

    private void check(String value, String location, List<Finding> findings) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (String token : upper.split("[^\\p{L}\\p{N}]+")) {
            if (nameTokens.contains(token)) {
                findings.add(new Finding(location, "person name token"));
                return;
            }
        }
        for (String id : ids) {
            if (containsBounded(upper, id)) {
                findings.add(new Finding(location, "identifier"));
                return;
            }
        }
        for (String date : dateSpellings) {
            if (containsBounded(upper, date)) {
                findings.add(new Finding(location, "birth date"));
                return;
            }
        }
        String squeezed = upper.replaceAll("\\s+", " ");
        for (String phrase : phrases) {
            if (squeezed.contains(phrase)) {
                findings.add(new Finding(location, "institution or address"));
                return;
            }
        }
    }

    /** Whether {@code needle} occurs in {@code text} with no letter or digit directly before or after it. */
    private static boolean containsBounded(String text, String needle) {
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }
}
