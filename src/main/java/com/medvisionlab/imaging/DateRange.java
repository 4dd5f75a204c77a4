package com.medvisionlab.imaging;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A DA range matching key (PS3.4 C.2.2.2.5): {@code 20200101-20201231}, open-ended {@code 20200101-} or
 * {@code -20201231}, or a single date. Both ends are inclusive.
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    public DateRange {
        if (from.isEmpty() && to.isEmpty()) {
            throw new IllegalArgumentException("a date range needs at least one end");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("date range ends before it starts: " + from.get() + " > " + to.get());
        }
    }

    public static DateRange on(LocalDate date) {
        return new DateRange(Optional.of(date), Optional.of(date));
    }

    /** @throws IllegalArgumentException when the text is not a DA value or range */
    public static DateRange parse(String dicom) {
        String text = dicom.strip();
        int dash = text.indexOf('-');
        if (dash < 0) {
            return on(date(text, dicom));
        }
        String from = text.substring(0, dash);
        String to = text.substring(dash + 1);
        return new DateRange(
                from.isEmpty() ? Optional.empty() : Optional.of(date(from, dicom)),
                to.isEmpty() ? Optional.empty() : Optional.of(date(to, dicom)));
    }

    private static LocalDate date(String text, String whole) {
        try {
            if (text.length() != 8) {
                throw new DateTimeParseException("not YYYYMMDD", text, 0);
            }
            return LocalDate.parse(text, DA);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a DICOM date or date range: " + whole, e);
        }
    }
}
