package com.medvisionlab.reading;

import com.medvisionlab.viewer.ViewerAnnotation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import tools.jackson.databind.json.JsonMapper;

/**
 * An annotation row; its points are JSON text ({@code [[x,y],...]}, image pixels), which both databases store as
 * plain text.
 *
 * @param submissionId null for the instructor's annotations of the case
 */
@Table("annotation")
record StoredAnnotation(
        @Id @Nullable Long id,
        long caseId,
        @Nullable Long submissionId,
        int position,
        String clientId,
        String kind,
        String sopInstanceUid,
        int frameNumber,
        String points,
        @Nullable String label,
        @Nullable Double measurementValue,
        @Nullable String measurementUnit,
        @Nullable Double measurementStdDev,
        @Nullable Double measurementArea,
        String savedBy,
        Instant savedAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static StoredAnnotation of(
            ViewerAnnotation a, long caseId, @Nullable Long submissionId, int position, String savedBy, Instant now) {
        var m = a.measurement();
        return new StoredAnnotation(
                null,
                caseId,
                submissionId,
                position,
                a.id(),
                a.kind().name(),
                a.sopInstanceUid(),
                a.frame(),
                pointsJson(a.points()),
                a.text(),
                m == null ? null : m.value(),
                m == null ? null : m.unit(),
                m == null ? null : m.stdDev(),
                m == null ? null : m.area(),
                savedBy,
                now);
    }

    ViewerAnnotation toViewer() {
        var measurement = measurementValue == null || measurementUnit == null
                ? null
                : new ViewerAnnotation.Measurement(
                        measurementValue, measurementUnit, measurementStdDev, measurementArea);
        return new ViewerAnnotation(
                clientId,
                ViewerAnnotation.Kind.valueOf(kind),
                sopInstanceUid,
                frameNumber,
                parsePoints(points),
                label,
                measurement);
    }

    /** Finite coordinates only (checked before), so plain decimal text is valid JSON. */
    static String pointsJson(List<ViewerAnnotation.Point> points) {
        return points.stream()
                .map(p -> String.format(Locale.ROOT, "[%s,%s]", p.x(), p.y()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    static List<ViewerAnnotation.Point> parsePoints(String json) {
        double[][] pairs = JSON.readValue(json, double[][].class);
        return java.util.Arrays.stream(pairs)
                .map(pair -> new ViewerAnnotation.Point(pair[0], pair[1]))
                .toList();
    }
}
