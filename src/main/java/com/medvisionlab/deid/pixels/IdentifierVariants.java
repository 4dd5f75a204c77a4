package com.medvisionlab.deid.pixels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ways a header value tends to be painted on screen, for residual-text checks: a DICOM date 19430722 appears as
 * "07.22.1943", "22/07/1943", "22 Jul 43" or "1943年7月22日"; a name KAUFMAN^SCOTT as "SCOTT KAUFMAN" or "KAUFMAN, SCOTT".
 */
public final class IdentifierVariants {

    private static final List<String> DATE_PATTERNS = List.of("yyyyMMdd", "yyyy-MM-dd", "yyyy.MM.dd", "yyyy/MM/dd",
            "dd.MM.yyyy", "MM.dd.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "d MMM yyyy",
            "d MMM yy", "dd-MMM-yyyy", "MMM d, yyyy", "yyyy年M月d日");

    private IdentifierVariants() {
    }

    public static List<String> ofDate(LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : DATE_PATTERNS) {
            out.add(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date));
        }
        return List.copyOf(out);
    }

    /** Variants of a DICOM person name (components separated by {@code ^}); empty components are dropped. */
    public static List<String> ofPersonName(String dicomName) {
        List<String> parts = java.util.Arrays.stream(dicomName.split("\\^")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty()) {
            return List.of();
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
