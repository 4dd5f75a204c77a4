package com.medvisionlab.course.ui;

import com.medvisionlab.course.ReferenceFinding;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reference findings edited as lines of text, one finding per line: {@code finding | location | key image UID}
 * (location and key image optional). Structured enough for grading per finding, quick to type.
 */
final class FindingLines {

    private FindingLines() {}

    static List<ReferenceFinding> parse(String text) {
        return text.lines()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    var parts = Arrays.copyOf(line.split("\\|", 3), 3);
                    return new ReferenceFinding(
                            parts[0], parts[1] == null ? "" : parts[1], parts[2] == null ? null : parts[2]);
                })
                .toList();
    }

    static String format(List<ReferenceFinding> findings) {
        return findings.stream()
                .map(f -> f.keyImageUid() == null
                        ? f.location().isEmpty() ? f.finding() : f.finding() + " | " + f.location()
                        : f.finding() + " | " + f.location() + " | " + f.keyImageUid())
                .collect(Collectors.joining("\n"));
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
