package com.medvisionlab.deid.consistency;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shifts DA and DT values by one whole-day offset per patient (Retain Longitudinal Temporal Information with
 * Modified Dates). The offset is derived from the secret and the patient key, within
 * [{@value #MIN_OFFSET_DAYS}, {@value #MAX_OFFSET_DAYS}] days, so every interval within a patient is kept. Whole
 * days leave times of day unchanged, so TM values and the time part of DT values need no change.
 * A value that cannot be parsed yields {@link Optional#empty()}: the caller blanks it rather than leak it.
 */
public final class DateShifter {

    static final int MIN_OFFSET_DAYS = -365;
    static final int MAX_OFFSET_DAYS = -30;
    private static final Pattern DT = Pattern.compile("(\\d{4})(\\d{2})?(\\d{2})?(.*)");
    private static final Pattern OLD_DA = Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d{2})");
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private final DeidSecret secret;
    /** By canonical key: the slices of one patient need one HMAC, not one each. */
    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    public DateShifter(DeidSecret secret) {
        this.secret = secret;
    }

    public int offsetDays(PatientKey patient) {
        String canonical = patient.canonical();
        Integer offset = known.get(canonical);
        if (offset == null) {
            offset = derive(canonical);
            if (known.size() >= PatientPseudonymizer.MAX_KNOWN) {
                known.clear();
            }
            known.put(canonical, offset);
        }
        return offset;
    }

    private int derive(String canonical) {
        byte[] h = secret.hmac("date-offset", canonical);
        int span = MAX_OFFSET_DAYS - MIN_OFFSET_DAYS + 1;
        int positive = ((h[0] & 0x7F) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
        return MIN_OFFSET_DAYS + positive % span;
    }

    /** Shifts one DA value ({@code YYYYMMDD}, the ACR-NEMA {@code YYYY.MM.DD}, or a range {@code A-B}). */
    public static Optional<String> shiftDate(String value, int days) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.of(v);
        }
        int dash = v.indexOf('-');
        if (dash >= 0) {
            String from = v.substring(0, dash);
            String to = v.substring(dash + 1);
            Optional<String> a = from.isEmpty() ? Optional.of("") : shiftDate(from, days);
            Optional<String> b = to.isEmpty() ? Optional.of("") : shiftDate(to, days);
            return a.isPresent() && b.isPresent() ? Optional.of(a.get() + "-" + b.get()) : Optional.empty();
        }
        if (v.length() == 8 && allDigits(v)) {
            Optional<String> shifted = shiftBasicDate(v, days);
            if (shifted.isPresent()) {
                return shifted;
            }
        }
        Matcher old = OLD_DA.matcher(v);
        String basic = old.matches() ? old.group(1) + old.group(2) + old.group(3) : v;
        try {
            return Optional.of(LocalDate.parse(basic, DA).plusDays(days).format(DA));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code YYYYMMDD} without DateTimeFormatter, which is costly on a cold JVM and ran for every date of every
     * file. Empty when the date is invalid or the result needs other than four year digits: the caller then takes
     * the formatter's path, which decides those cases as before.
     */
    private static Optional<String> shiftBasicDate(String v, int days) {
        int year = Integer.parseInt(v, 0, 4, 10);
        int month = Integer.parseInt(v, 4, 6, 10);
        int day = Integer.parseInt(v, 6, 8, 10);
        if (month < 1
                || month > 12
                || day < 1
                || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate d = LocalDate.of(year, month, day).plusDays(days);
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return Optional.empty();
        }
        char[] out = new char[8];
        put(out, 0, d.getYear(), 4);
        put(out, 4, d.getMonthValue(), 2);
        put(out, 6, d.getDayOfMonth(), 2);
        return Optional.of(new String(out));
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Shifts a DT value. Reduced precision is kept: a year-only value shifts by the offset applied to 1 July
     * (so the year changes only when the shift crosses it), a year-month value by the offset applied to the 15th.
     */
    public static Optional<String> shiftDateTime(String value, int days) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.of(v);
        }
        Matcher m = DT.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(String.format(
                                "%04d", LocalDate.of(year, 7, 1).plusDays(days).getYear())
                        + m.group(4));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                LocalDate d = LocalDate.of(year, month, 15).plusDays(days);
                return Optional.of(String.format("%04d%02d", d.getYear(), d.getMonthValue()) + m.group(4));
            }
            LocalDate d =
                    LocalDate.of(year, month, Integer.parseInt(m.group(3))).plusDays(days);
            return Optional.of(d.format(DA) + m.group(4));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
