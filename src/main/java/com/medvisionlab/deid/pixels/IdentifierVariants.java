package com.medvisionlab.deid.pixels;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways a person name tends to be painted on screen, for residual-text checks: KAUFMAN^SCOTT as "SCOTT KAUFMAN"
 * or "KAUFMAN, SCOTT". (Dates: {@code deid.dicompixels.ScreenIdentifiers}, from the text scan's spellings.)
 */
public final class IdentifierVariants {

    private IdentifierVariants() {
    }

    /**
     * Variants of a DICOM person name: components separated by {@code ^}, empty ones dropped. A name with component
     * groups ({@code Wang^Wei=王^伟=wang^wei}: alphabetic, ideographic, phonetic) also yields its ideographic group
     * written the Chinese way, family name first and without spaces (王伟); the reverse order is not offered because
     * Chinese text never shows a name given-name first.
     */
    public static List<String> ofPersonName(String dicomName) {
        String[] groups = dicomName.split("=", -1);
        Set<String> out = new LinkedHashSet<>(ofComponents(components(groups[0])));
        for (int g = 1; g < Math.min(groups.length, 3); g++) {
            List<String> parts = components(groups[g]);
            String joined = String.join("", parts).replaceAll("\\s+", "");
            if (FuzzyMatcher.isHan(joined)) {
                out.add(joined);
            } else {
                out.addAll(ofComponents(parts));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> components(String group) {
        return java.util.Arrays.stream(group.split("\\^")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static List<String> ofComponents(List<String> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        if (FuzzyMatcher.isHan(String.join("", parts))) {
            return List.of(String.join("", parts)); // Chinese in the first group, as many Chinese scanners write it
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(String.join(" ", parts));
        if (parts.size() >= 2) {
            out.add(parts.get(1) + " " + parts.get(0));
            out.add(parts.get(0) + ", " + parts.get(1));
        }
        return List.copyOf(out);
    }
}
