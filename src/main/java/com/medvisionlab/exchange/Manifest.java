package com.medvisionlab.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.json} of a case-set archive. A stable format of its own (not the course model's classes), so an
 * archive outlives refactorings; {@link #FORMAT_VERSION} changes when its meaning does.
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

    record CaseSetEntry(String title, String description, String readingMode) {}

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
            List<String> suggestedQuestions) {}

    record FindingEntry(
            String finding, String location, @Nullable String keyImageUid) {}

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
