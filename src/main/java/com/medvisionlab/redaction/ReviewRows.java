package com.medvisionlab.redaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of the quarantine and the confirmations; used only by {@link RedactionReview}, inside its transactions. */
@Repository
class ReviewRows {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new quarantined object, or the same SOP Instance UID quarantined again: pending once more. */
    void putQuarantined(QuarantinedObject object, String blobKey) {
        var p = new MapSqlParameterSource()
                .addValue("sop", object.sopInstanceUid())
                .addValue("study", object.studyInstanceUid())
                .addValue("series", object.seriesInstanceUid())
                .addValue("blobKey", blobKey)
                .addValue("reasons", String.join("\n", object.reasons()))
                .addValue("by", object.quarantinedBy())
                .addValue("at", time(object.quarantinedAt()))
                .addValue("state", QuarantineState.PENDING.name());
        int updated = jdbc.update("""
                UPDATE quarantined_object SET study_instance_uid = :study, series_instance_uid = :series,
                    blob_key = :blobKey, reasons = :reasons, quarantined_by = :by, quarantined_at = :at,
                    state = :state, boxes = NULL, decided_by = NULL, decided_at = NULL
                WHERE sop_instance_uid = :sop
                """, p);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO quarantined_object (sop_instance_uid, study_instance_uid, series_instance_uid,
                        blob_key, reasons, quarantined_by, quarantined_at, state)
                    VALUES (:sop, :study, :series, :blobKey, :reasons, :by, :at, :state)
                    """, p);
        }
    }

    Optional<QuarantinedObject> quarantined(String sop) {
        return jdbc
                .query(
                        "SELECT * FROM quarantined_object WHERE sop_instance_uid = :sop",
                        new MapSqlParameterSource("sop", sop),
                        ReviewRows::quarantinedObject)
                .stream()
                .findFirst();
    }

    Optional<String> quarantineBlobKey(String sop) {
        return jdbc
                .queryForList(
                        "SELECT blob_key FROM quarantined_object WHERE sop_instance_uid = :sop",
                        new MapSqlParameterSource("sop", sop),
                        String.class)
                .stream()
                .findFirst();
    }

    List<QuarantinedObject> quarantinedIn(QuarantineState state) {
        return jdbc.query(
                "SELECT * FROM quarantined_object WHERE state = :state ORDER BY quarantined_at, sop_instance_uid",
                new MapSqlParameterSource("state", state.name()),
                ReviewRows::quarantinedObject);
    }

    void recordBoxes(String sop, List<RedactionBox> boxes) {
        jdbc.update(
                "UPDATE quarantined_object SET boxes = :boxes WHERE sop_instance_uid = :sop",
                new MapSqlParameterSource("sop", sop).addValue("boxes", RedactionBox.format(boxes)));
    }

    /** @return whether a pending object moved to {@code state} (false: it was decided already) */
    boolean decide(String sop, QuarantineState state, String by, Instant at) {
        return jdbc.update(
                        """
                        UPDATE quarantined_object SET state = :state, decided_by = :by, decided_at = :at
                        WHERE sop_instance_uid = :sop AND state = 'PENDING'
                        """,
                        new MapSqlParameterSource("sop", sop)
                                .addValue("state", state.name())
                                .addValue("by", by)
                                .addValue("at", time(at)))
                == 1;
    }

    /** Records (or records again, unconfirmed) an image whose pixels were redacted. */
    void putRedacted(String study, String series, String sop, List<String> areas, Instant at) {
        var p = new MapSqlParameterSource()
                .addValue("sop", sop)
                .addValue("study", study)
                .addValue("series", series)
                .addValue("areas", String.join("\n", areas))
                .addValue("at", time(at))
                .addValue("state", ConfirmationState.UNCONFIRMED.name());
        int updated = jdbc.update("""
                UPDATE redacted_image SET study_instance_uid = :study, series_instance_uid = :series,
                    redacted_areas = :areas, added_boxes = NULL, recorded_at = :at, state = :state,
                    confirmed_by = NULL, confirmed_at = NULL
                WHERE sop_instance_uid = :sop
                """, p);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO redacted_image (sop_instance_uid, study_instance_uid, series_instance_uid,
                        redacted_areas, recorded_at, state)
                    VALUES (:sop, :study, :series, :areas, :at, :state)
                    """, p);
        }
    }

    Optional<RedactedImage> redacted(String sop) {
        return jdbc
                .query(
                        "SELECT * FROM redacted_image WHERE sop_instance_uid = :sop",
                        new MapSqlParameterSource("sop", sop),
                        ReviewRows::redactedImage)
                .stream()
                .findFirst();
    }

    List<RedactedImage> redactedIn(ConfirmationState state) {
        return jdbc.query(
                "SELECT * FROM redacted_image WHERE state = :state ORDER BY recorded_at, sop_instance_uid",
                new MapSqlParameterSource("state", state.name()),
                ReviewRows::redactedImage);
    }

    void confirm(String sop, List<String> areas, List<RedactionBox> added, String by, Instant at) {
        jdbc.update(
                """
                UPDATE redacted_image SET redacted_areas = :areas, added_boxes = :added, state = :state,
                    confirmed_by = :by, confirmed_at = :at
                WHERE sop_instance_uid = :sop
                """,
                new MapSqlParameterSource("sop", sop)
                        .addValue("areas", String.join("\n", areas))
                        .addValue("added", RedactionBox.format(added))
                        .addValue("state", ConfirmationState.CONFIRMED.name())
                        .addValue("by", by)
                        .addValue("at", time(at)));
    }

    /** Pending quarantined and unconfirmed redacted instances of these studies, sorted. */
    List<String> unconfirmedIn(Collection<String> studies) {
        if (studies.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT sop_instance_uid FROM quarantined_object
                WHERE state = 'PENDING' AND study_instance_uid IN (:studies)
                UNION
                SELECT sop_instance_uid FROM redacted_image
                WHERE state = 'UNCONFIRMED' AND study_instance_uid IN (:studies)
                ORDER BY 1
                """, new MapSqlParameterSource("studies", List.copyOf(studies)), String.class);
    }

    private static QuarantinedObject quarantinedObject(ResultSet rs, int row) throws SQLException {
        return new QuarantinedObject(
                rs.getString("study_instance_uid"),
                rs.getString("series_instance_uid"),
                rs.getString("sop_instance_uid"),
                lines(rs.getString("reasons")),
                rs.getString("quarantined_by"),
                instant(rs, "quarantined_at").orElseThrow(),
                QuarantineState.valueOf(rs.getString("state")),
                boxes(rs.getString("boxes")),
                decision(rs, "decided_by", "decided_at"));
    }

    private static RedactedImage redactedImage(ResultSet rs, int row) throws SQLException {
        return new RedactedImage(
                rs.getString("study_instance_uid"),
                rs.getString("series_instance_uid"),
                rs.getString("sop_instance_uid"),
                lines(rs.getString("redacted_areas")),
                boxes(rs.getString("added_boxes")),
                instant(rs, "recorded_at").orElseThrow(),
                ConfirmationState.valueOf(rs.getString("state")),
                decision(rs, "confirmed_by", "confirmed_at"));
    }

    private static Optional<QuarantinedObject.Decision> decision(ResultSet rs, String by, String at)
            throws SQLException {
        String who = rs.getString(by);
        Optional<Instant> when = instant(rs, at);
        return who == null || when.isEmpty()
                ? Optional.empty()
                : Optional.of(new QuarantinedObject.Decision(who, when.get()));
    }

    private static List<String> lines(@Nullable String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    private static List<RedactionBox> boxes(@Nullable String text) {
        return text == null ? List.of() : RedactionBox.parse(text);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
