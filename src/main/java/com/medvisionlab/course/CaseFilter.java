package com.medvisionlab.course;

import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Filters a case list: text contained (any case) in the title, diagnosis, impression or a tag; and optionally one
 * state and one difficulty.
 */
public record CaseFilter(
        String text,
        @Nullable PublicationState state,
        @Nullable Difficulty difficulty) {

    public static final CaseFilter ALL = new CaseFilter("", null, null);

    public static CaseFilter text(String text) {
        return new CaseFilter(text, null, null);
    }

    boolean accepts(CaseView view) {
        if (state != null && view.state() != state) {
            return false;
        }
        var content = view.content();
        if (difficulty != null && content.difficulty() != difficulty) {
            return false;
        }
        var needle = text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || Stream.concat(
                                Stream.of(content.title(), content.diagnosis(), content.impression()),
                                content.tags().stream())
                        .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }
}
