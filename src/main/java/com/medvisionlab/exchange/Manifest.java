package com.medvisionlab.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.json} of a case-set archive. A stable format of its own (not the course model's classes), so an
 * archive outlives refactorings; {@link #FORMAT_VERSION} changes when its meaning does. Fields added later (the
 * case set's instructor-annotation setting, the instructor's annotations) are optional: archives without them still
 * import, with the defaults, and portals that predate them skip them.
 */
record Manifest(
        int formatVersion,
        String exportedAt,
        String generator,
        CaseSetEntry caseSet,
        List<CaseEntry> cases,
        List<ObjectEntry> objects) {

    static final int FORMAT_VERSION = 1;
    static final String FILE_NAME = "manifest.json";

    Manifest {
        cases = List.copyOf(cases);
        objects = List.copyOf(objects);
    }

    /**
     * @param instructorAnnotations a {@code course.InstructorAnnotations} name; null in archives written before the
     *                              setting travelled, which import with the default (after submission)
     */
    record CaseSetEntry(
            String title,
            String description,
            String readingMode,
            @Nullable String instructorAnnotations) {}

    record CaseEntry(
            String title,
            String clinicalHistory,
            @Nullable String patientAge,
            @Nullable String patientSex,
            @Nullable String studyInstanceUid,
            List<String> seriesInstanceUids,
            List<String> keyImageUids,
            List<FindingEntry> findings,
            String impression,
            String diagnosis,
            String teachingPoints,
            String difficulty,
            List<String> tags,
            List<String> suggestedQuestions,
            @Nullable List<AnnotationEntry> instructorAnnotations) {}

    record FindingEntry(
            String finding, String location, @Nullable String keyImageUid) {}

    /**
     * One of the instructor's annotations of a case, on one of the archive's images, in its pixel coordinates (the
     * pixels travel unchanged, so the coordinates and measurements stay true under the image's new UID).
     *
     * @param id   the identity the viewer gave it
     * @param kind a {@code viewer.ViewerAnnotation.Kind} name
     * @param text the label of a text or arrow annotation, else null
     */
    record AnnotationEntry(
            String id,
            String kind,
            String sopInstanceUid,
            int frame,
            List<PointEntry> points,
            @Nullable String text,
            @Nullable MeasurementEntry measurement) {}

    record PointEntry(double x, double y) {}

    record MeasurementEntry(
            double value,
            String unit,
            @Nullable Double stdDev,
            @Nullable Double area) {}

    /**
     * One DICOM object in the archive.
     *
     * @param path   its entry name, {@code objects/<n>.dcm}
     * @param sha256 lower-case hex SHA-256 of the entry's bytes
     */
    record ObjectEntry(
            String path,
            String studyInstanceUid,
            String seriesInstanceUid,
            String sopInstanceUid,
            String sopClassUid,
            String transferSyntaxUid,
            long size,
            String sha256) {}
}
