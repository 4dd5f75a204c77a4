package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.PixelCleaner;
import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.pixels.FuzzyMatcher;
import com.medvisionlab.deid.pixels.IdentifierVariants;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The input's identifiers as the residual-text verifier looks for them on screen: each name token on its own (a
 * surname alone identifies), IDs, institutions, and every date in its screen spellings
 * ({@link IdentifierVariants#ofDate}). Multi-token values are joined into one token so that the verifier's per-token
 * matching cannot fire on a common part of them ("HOSPITAL", "JAN", "2012"); it still finds them written with any
 * separators, because it also matches runs of consecutive words. Names in Han characters are kept whole (a Chinese
 * surname alone is far too common to flag) and matched with OCR's spaces removed.
 */
final class ScreenIdentifiers {

    private ScreenIdentifiers() {
    }

    static List<String> of(PixelCleaner.Context context) {
        IdentifyingValues values = context.identifiers();
        Set<String> out = new LinkedHashSet<>(values.nameTokens());
        values.ids().forEach(id -> out.add(joined(id)));
        values.phrases().forEach(p -> out.add(joined(p)));
        Set<String> dates = new LinkedHashSet<>(values.dates());
        dates.addAll(context.originalDates());
        for (String da : dates) {
            parse(da).ifPresent(date -> IdentifierVariants.ofDate(date).forEach(v -> out.add(joined(v))));
        }
        out.removeIf(s -> s.length() < 3);
        out.addAll(values.ideographicNames()); // 王伟: two Han characters are a whole name
        return List.copyOf(out);
    }

    private static String joined(String value) {
        return String.join("", FuzzyMatcher.tokens(value));
    }

    private static java.util.Optional<LocalDate> parse(String da) {
        try {
            return java.util.Optional.of(LocalDate.parse(da.strip(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
