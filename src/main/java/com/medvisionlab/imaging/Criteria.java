package com.medvisionlab.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Turns QIDO-RS matching keys (PS3.4 C.2.2.2) into a parameterised WHERE clause. Column names come from the
 * callers' constants; every value the client sent travels as a bind parameter.
 */
final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    /** Single value or wildcard matching, case-sensitive. */
    Criteria matches(String column, Optional<String> value) {
        value.ifPresent(v -> match(column, v));
        return this;
    }

    /**
     * Person name matching, case-insensitive (PS3.4 C.2.2.2.1 lets PN ignore case): {@code column} holds the value
     * folded by {@link #fold(String)}.
     */
    Criteria matchesFolded(String column, Optional<String> value) {
        value.ifPresent(v -> match(column, fold(v)));
        return this;
    }

    /** UID list matching (PS3.4 C.2.2.2.2): any of the values. */
    Criteria isAnyOf(String column, List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (:" + bind(values) + ")");
        }
        return this;
    }

    Criteria equalTo(String column, OptionalInt value) {
        value.ifPresent(v -> conditions.add(column + " = :" + bind(v)));
        return this;
    }

    /** Range matching (PS3.4 C.2.2.2.5), both ends inclusive; a row without a date does not match. */
    Criteria within(String column, Optional<DateRange> range) {
        range.ifPresent(r -> {
            r.from().ifPresent(from -> conditions.add(column + " >= :" + bind(from)));
            r.to().ifPresent(to -> conditions.add(column + " <= :" + bind(to)));
        });
        return this;
    }

    /** A condition with one list parameter, written as {@code :values} in {@code sql}. */
    Criteria holdsFor(String sql, List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(sql.replace(":values", ":" + bind(values)));
        }
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    MapSqlParameterSource parameters(Page page) {
        return new MapSqlParameterSource(parameters.getValues())
                .addValue("limit", page.limit())
                .addValue("offset", page.offset());
    }

    static String fold(String personName) {
        return personName.toLowerCase(Locale.ROOT);
    }

    private void match(String column, String value) {
        if (value.equals("*")) {
            return; // universal matching
        }
        if (value.indexOf('*') < 0 && value.indexOf('?') < 0) {
            conditions.add(column + " = :" + bind(value));
        } else {
            conditions.add(column + " LIKE :" + bind(likePattern(value)) + " ESCAPE '\\'");
        }
    }

    /** {@code *} becomes {@code %}, {@code ?} becomes {@code _}; LIKE's own specials are escaped to stand for themselves. */
    static String likePattern(String wildcards) {
        StringBuilder pattern = new StringBuilder(wildcards.length() + 8);
        for (char c : wildcards.toCharArray()) {
            switch (c) {
                case '*' -> pattern.append('%');
                case '?' -> pattern.append('_');
                case '%', '_', '\\' -> pattern.append('\\').append(c);
                default -> pattern.append(c);
            }
        }
        return pattern.toString();
    }

    private String bind(Object value) {
        String name = "p" + parameters.getValues().size();
        parameters.addValue(name, value);
        return name;
    }
}
