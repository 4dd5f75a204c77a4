package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.PixelCleaner;
import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.pixels.FuzzyMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The input's identifiers as the residual-text verifier looks for them on screen: each name token on its own (a
 * surname alone identifies), IDs, institutions, and every date in its screen spellings
 * ({@link #dateSpellings}). Multi-token values are joined into one token so that the verifier's per-token
 * matching cannot fire on a common part of them ("HOSPITAL", "JAN", "2012"); it still finds them written with any
 * separators, because it also matches runs of consecutive words. Names in Han characters are kept whole (a Chinese
 * surname alone is far too common to flag) and matched with OCR's spaces removed.
 */
final class ScreenIdentifiers {

    /** Month-name forms seen on screens ("22 Jul 43" on an ultrasound, "Jul 22, 1943"), not searched for in text. */
    private static final List<DateTimeFormatter> MONTH_NAME_FORMS = java.util.stream.Stream.of(
                    "d MMM uuuu", "d MMM uu", "dd-MMM-uuuu", "MMM d, uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH))
            .toList();

    private ScreenIdentifiers() {}

    static List<String> of(PixelCleaner.Context context) {
        IdentifyingValues values = context.identifiers();
        Set<String> out = new LinkedHashSet<>(values.nameTokens());
        values.ids().forEach(id -> out.add(joined(id)));
        values.phrases().forEach(p -> out.add(joined(p)));
        Set<String> dates = new LinkedHashSet<>(values.dates());
        dates.addAll(context.originalDates());
        for (String da : dates) {
            parse(da).ifPresent(date -> dateSpellings(date).forEach(v -> out.add(joined(v))));
        }
        out.removeIf(s -> s.length() < 3);
        out.addAll(values.ideographicNames()); // 王伟: two Han characters are a whole name
        return List.copyOf(out);
    }

    /**
     * The spellings of a date on screen: every spelling the text scan uses ({@link IdentifyingValues#dateSpellings},
     * the one place a new spelling is added) and the month-name forms. Dotted forms without leading zeros, left out
     * of the text scan because of UIDs, would add nothing here: the matcher drops separators anyway.
     */
    static List<String> dateSpellings(LocalDate date) {
        String yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE.format(date);
        Set<String> out = new LinkedHashSet<>(IdentifyingValues.dateSpellings(yyyymmdd));
        MONTH_NAME_FORMS.forEach(form -> out.add(form.format(date)));
        return List.copyOf(out);
    }

    private static String joined(String value) {
        return String.join("", FuzzyMatcher.tokens(value));
    }

    private static Optional<LocalDate> parse(String da) {
        try {
            return Optional.of(LocalDate.parse(da.strip(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
