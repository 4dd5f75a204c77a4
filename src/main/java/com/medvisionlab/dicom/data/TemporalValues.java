package com.medvisionlab.dicom.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/** Parses DA and TM values (PS3.5 6.2) into {@code java.time}, including the ACR-NEMA "YYYY.MM.DD" form. */
final class TemporalValues {

    private TemporalValues() {}

    static LocalDate date(int tag, VR vr, String value) {
        String digits = value.length() == 10 && value.charAt(4) == '.' && value.charAt(7) == '.'
                ? value.substring(0, 4) + value.substring(5, 7) + value.substring(8)
                : value;
        if (digits.length() != 8 || !digits.chars().allMatch(Character::isDigit)) {
            throw new MalformedValueException(tag, vr, "'" + value + "' is not a date YYYYMMDD");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6)));
        } catch (DateTimeException e) {
            throw new MalformedValueException(tag, vr, "'" + value + "' is not a valid date: " + e.getMessage());
        }
    }

    /** HH, HHMM, HHMMSS or HHMMSS.F{1,6}; colons of the ACR-NEMA form are accepted. */
    static LocalTime time(int tag, VR vr, String value) {
        String v = value.replace(":", "");
        int dot = v.indexOf('.');
        String whole = dot < 0 ? v : v.substring(0, dot);
        String fraction = dot < 0 ? "" : v.substring(dot + 1);
        boolean shapeOk = (whole.length() == 2 || whole.length() == 4 || whole.length() == 6)
                && whole.chars().allMatch(Character::isDigit)
                && fraction.length() <= 6
                && fraction.chars().allMatch(Character::isDigit)
                && (dot < 0 || whole.length() == 6);
        if (!shapeOk) {
            throw new MalformedValueException(tag, vr, "'" + value + "' is not a time HHMMSS.FFFFFF");
        }
        try {
            int hour = Integer.parseInt(whole.substring(0, 2));
            int minute = whole.length() >= 4 ? Integer.parseInt(whole.substring(2, 4)) : 0;
            int second =
                    whole.length() == 6 ? Math.min(59, Integer.parseInt(whole.substring(4, 6))) : 0; // leap second 60
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000").substring(0, 6)) * 1000;
            return LocalTime.of(hour, minute, second, nanos);
        } catch (DateTimeException e) {
            throw new MalformedValueException(tag, vr, "'" + value + "' is not a valid time: " + e.getMessage());
        }
    }
}
