package com.medvisionlab.course;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visibility rule as SQL, so a student's or guest's scope is one query rather than a walk over aggregates:
 * published demo cases for everyone; for an enrolled student also the published cases of published, opened case
 * sets of their courses. Authors are decided before this is asked.
 */
@Component
class CaseVisibility {

    /** Guests pass the empty name, which no enrolment row carries. */
    private static final String VISIBLE = """
            tc.state = 'PUBLISHED'
            AND (tc.demo = TRUE
                 OR (cs.state = 'PUBLISHED'
                     AND (cs.opens_at IS NULL OR cs.opens_at <= :now)
                     AND EXISTS (SELECT 1 FROM course_student st
                                 WHERE st.course_id = cs.course_id AND st.username = :username)))
            """;

    private final JdbcClient jdbc;

    CaseVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> studies(Reader reader, Instant now) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT tc.study_instance_uid FROM teaching_case tc"
                        + " JOIN case_set cs ON cs.id = tc.case_set_id"
                        + " WHERE tc.study_instance_uid IS NOT NULL AND " + VISIBLE)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("username", nameOf(reader))
                .query(String.class)
                .list());
    }

    boolean caseVisible(Reader reader, long caseId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM teaching_case tc JOIN case_set cs ON cs.id = tc.case_set_id"
                                + " WHERE tc.id = :id AND " + VISIBLE)
                        .param("id", caseId)
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("username", nameOf(reader))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the reader is an enrolled student of the course owning this case set (published, opened or not). */
    boolean enrolledInCourseOf(Reader reader, long caseSetId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_set cs JOIN course_student st ON st.course_id = cs.course_id"
                                + " WHERE cs.id = :id AND st.username = :username")
                        .param("id", caseSetId)
                        .param("username", nameOf(reader))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String nameOf(Reader reader) {
        var name = reader.username();
        return name == null ? "" : name;
    }
}
