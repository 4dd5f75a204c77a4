package com.medvisionlab.course;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A teaching case row with its series, key images, findings, tags and questions (one aggregate). */
@Table("teaching_case")
record TeachingCase(
        @Id @Nullable Long id,
        long caseSetId,
        int position,
        String title,
        String clinicalHistory,
        @Nullable String patientAge,
        @Nullable PatientSex patientSex,
        @Nullable String studyInstanceUid,

        @MappedCollection(idColumn = "case_id", keyColumn = "position")
        List<Series> series,

        @MappedCollection(idColumn = "case_id", keyColumn = "position")
        List<KeyImage> keyImages,

        @MappedCollection(idColumn = "case_id", keyColumn = "position")
        List<ReferenceFinding> findings,

        String impression,
        String diagnosis,
        String teachingPoints,
        Difficulty difficulty,
        @MappedCollection(idColumn = "case_id") Set<Tag> tags,

        @MappedCollection(idColumn = "case_id", keyColumn = "position")
        List<Question> questions,

        PublicationState state,
        boolean demo,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    @Table("case_series")
    record Series(String seriesInstanceUid) {}

    @Table("case_key_image")
    record KeyImage(String sopInstanceUid) {}

    @Table("case_tag")
    record Tag(String tag) {}

    @Table("case_question")
    record Question(String question) {}

    static TeachingCase draft(long caseSetId, int position, CaseContent content, String author, Instant now) {
        return new TeachingCase(
                        null,
                        caseSetId,
                        position,
                        content.title(),
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
                        content.difficulty(),
                        Set.of(),
                        List.of(),
                        PublicationState.DRAFT,
                        false,
                        author,
                        now,
                        now,
                        null)
                .withContent(content, now);
    }

    TeachingCase withContent(CaseContent content, Instant now) {
        return new TeachingCase(
                id,
                caseSetId,
                position,
                content.title(),
                content.clinicalHistory(),
                content.patientAge(),
                content.patientSex(),
                content.studyInstanceUid(),
                content.seriesInstanceUids().stream().map(Series::new).toList(),
                content.keyImageUids().stream().map(KeyImage::new).toList(),
                content.findings(),
                content.impression(),
                content.diagnosis(),
                content.teachingPoints(),
                content.difficulty(),
                content.tags().stream().map(Tag::new).collect(Collectors.toSet()),
                content.suggestedQuestions().stream().map(Question::new).toList(),
                state,
                demo,
                createdBy,
                createdAt,
                now,
                publishedAt);
    }

    TeachingCase withPosition(int newPosition) {
        return new TeachingCase(
                id,
                caseSetId,
                newPosition,
                title,
                clinicalHistory,
                patientAge,
                patientSex,
                studyInstanceUid,
                series,
                keyImages,
                findings,
                impression,
                diagnosis,
                teachingPoints,
                difficulty,
                tags,
                questions,
                state,
                demo,
                createdBy,
                createdAt,
                updatedAt,
                publishedAt);
    }

    TeachingCase withPublication(PublicationState newState, boolean isDemo, Instant now) {
        return new TeachingCase(
                id,
                caseSetId,
                position,
                title,
                clinicalHistory,
                patientAge,
                patientSex,
                studyInstanceUid,
                series,
                keyImages,
                findings,
                impression,
                diagnosis,
                teachingPoints,
                difficulty,
                tags,
                questions,
                newState,
                isDemo,
                createdBy,
                createdAt,
                now,
                newState == PublicationState.PUBLISHED ? now : null);
    }

    CaseContent content() {
        return new CaseContent(
                title,
                clinicalHistory,
                patientAge,
                patientSex,
                studyInstanceUid,
                series.stream().map(Series::seriesInstanceUid).toList(),
                keyImages.stream().map(KeyImage::sopInstanceUid).toList(),
                findings,
                impression,
                diagnosis,
                teachingPoints,
                difficulty,
                tags.stream().map(Tag::tag).sorted().toList(),
                questions.stream().map(Question::question).toList());
    }

    long requiredId() {
        if (id == null) {
            throw new IllegalStateException("case not saved yet");
        }
        return id;
    }

    CaseView toView() {
        return new CaseView(requiredId(), caseSetId, position, content(), state, demo, updatedAt);
    }
}
