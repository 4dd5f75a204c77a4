package com.medvisionlab.redaction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the engine's area lines ({@code pixels redacted X,Y WxH ORIGIN}) back into boxes. */
final class RedactedAreas {

    private static final Pattern AREA = Pattern.compile("pixels redacted (\\d+),(\\d+) (\\d+)x(\\d+)\\b.*");

    private RedactedAreas() {}

    static List<RedactionBox> boxes(List<String> lines) {
        return lines.stream().flatMap(line -> box(line).stream()).toList();
    }

    static Optional<RedactionBox> box(String line) {
        Matcher m = AREA.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RedactionBox(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))));
        } catch (IllegalArgumentException e) { // an empty area or a number beyond int
            return Optional.empty();
        }
    }
}
