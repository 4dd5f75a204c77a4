package com.medvisionlab.course;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes into a case. Clinical history and teaching points are Markdown.
 *
 * @param patientAge         de-identified age as DICOM writes it ({@code 045Y}, {@code 006M}), or null
 * @param studyInstanceUid   the linked study (must be in the imaging index), or null while drafting
 * @param seriesInstanceUids series of that study to show first; empty for all
 * @param keyImageUids       SOP Instance UIDs of key images of that study
 * @param tags               free labels for search, e.g. {@code chest}, {@code pneumothorax}
 * @param suggestedQuestions questions a student may put to the AI
 */
public record CaseContent(
        String title,
        String clinicalHistory,
        @Nullable String patientAge,
        @Nullable PatientSex patientSex,
        @Nullable String studyInstanceUid,
        List<String> seriesInstanceUids,
        List<String> keyImageUids,
        List<ReferenceFinding> findings,
        String impression,
        String diagnosis,
        String teachingPoints,
        Difficulty difficulty,
        List<String> tags,
        List<String> suggestedQuestions) {

    public CaseContent {
        title = title.strip();
        patientAge = patientAge == null || patientAge.isBlank() ? null : patientAge.strip();
        studyInstanceUid = studyInstanceUid == null || studyInstanceUid.isBlank() ? null : studyInstanceUid.strip();
        seriesInstanceUids = cleaned(seriesInstanceUids);
        keyImageUids = cleaned(keyImageUids);
        findings = List.copyOf(findings);
        tags = cleaned(tags).stream()
                .map(tag -> tag.toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        suggestedQuestions = cleaned(suggestedQuestions);
    }

    /** An empty case with just a title, for a first save. */
    public static CaseContent titled(String title) {
        return new CaseContent(
                title,
                "",
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "",
                Difficulty.INTRODUCTORY,
                List.of(),
                List.of());
    }

    public CaseContent withStudy(String studyUid) {
        return new CaseContent(
                title,
                clinicalHistory,
                patientAge,
                patientSex,
                studyUid,
                seriesInstanceUids,
                keyImageUids,
                findings,
                impression,
                diagnosis,
                teachingPoints,
                difficulty,
                tags,
                suggestedQuestions);
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
