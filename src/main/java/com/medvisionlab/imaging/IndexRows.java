package com.medvisionlab.imaging;

import static com.medvisionlab.imaging.ResultColumns.orNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SQL that adds to the index; used only by {@link ImagingIndex}, inside its transactions. Inserts are
 * "if absent" ({@code ON CONFLICT DO NOTHING}) so two uploads of the same new study race without failing.
 */
@Repository
class IndexRows {

    record StoredContent(long instanceId, String sha256) {}

    private final NamedParameterJdbcTemplate jdbc;

    IndexRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredContent> instanceContent(String sopInstanceUid) {
        return jdbc
                .query(
                        "SELECT id, content_sha256 FROM instance WHERE sop_instance_uid = :uid",
                        new MapSqlParameterSource("uid", sopInstanceUid),
                        (rs, n) -> new StoredContent(
                                rs.getLong("id"), rs.getString("content_sha256").trim()))
                .stream()
                .findFirst();
    }

    Optional<String> studyOfSeries(String seriesInstanceUid) {
        return jdbc.queryForList("""
                        SELECT st.study_instance_uid FROM series se JOIN study st ON st.id = se.study_id
                        WHERE se.series_instance_uid = :uid
                        """, new MapSqlParameterSource("uid", seriesInstanceUid), String.class).stream()
                .findFirst();
    }

    /** @return whether the row was inserted (false: it was there already) */
    boolean insertStudyIfAbsent(StudyAttributes study, Instant now) {
        var parameters = new MapSqlParameterSource()
                .addValue("uid", study.studyInstanceUid())
                .addValue("patientId", orNull(study.patientId()))
                .addValue("patientName", orNull(study.patientName()))
                .addValue("patientNameFolded", orNull(study.patientName().map(Criteria::fold)))
                .addValue("patientBirthDate", orNull(study.patientBirthDate()))
                .addValue("patientSex", orNull(study.patientSex()))
                .addValue("patientAge", orNull(study.patientAge()))
                .addValue("studyDate", orNull(study.studyDate()))
                .addValue("studyTime", orNull(study.studyTime()))
                .addValue("timezone", orNull(study.timezoneOffsetFromUtc()))
                .addValue("accession", orNull(study.accessionNumber()))
                .addValue("studyId", orNull(study.studyId()))
                .addValue("referring", orNull(study.referringPhysicianName()))
                .addValue("description", orNull(study.studyDescription()))
                .addValue("createdAt", utc(now));
        return jdbc.update("""
                INSERT INTO study (study_instance_uid, patient_id, patient_name, patient_name_folded, patient_birth_date,
                                   patient_sex, patient_age, study_date, study_time, timezone_offset_from_utc,
                                   accession_number, dicom_study_id, referring_physician_name, study_description,
                                   created_at)
                VALUES (:uid, :patientId, :patientName, :patientNameFolded, :patientBirthDate, :patientSex, :patientAge,
                        :studyDate, :studyTime, :timezone, :accession, :studyId, :referring, :description, :createdAt)
                ON CONFLICT DO NOTHING
                """, parameters) == 1;
    }

    boolean insertSeriesIfAbsent(String studyInstanceUid, SeriesAttributes series, Instant now) {
        var parameters = new MapSqlParameterSource()
                .addValue("studyUid", studyInstanceUid)
                .addValue("uid", series.seriesInstanceUid())
                .addValue("modality", orNull(series.modality()))
                .addValue("number", orNull(series.seriesNumber()))
                .addValue("description", orNull(series.seriesDescription()))
                .addValue("bodyPart", orNull(series.bodyPartExamined()))
                .addValue("date", orNull(series.seriesDate()))
                .addValue("time", orNull(series.seriesTime()))
                .addValue("ppsDate", orNull(series.performedProcedureStepStartDate()))
                .addValue("ppsTime", orNull(series.performedProcedureStepStartTime()))
                .addValue("createdAt", utc(now));
        return jdbc.update("""
                INSERT INTO series (study_id, series_instance_uid, modality, series_number, series_description,
                                    body_part_examined, series_date, series_time, performed_procedure_step_start_date,
                                    performed_procedure_step_start_time, created_at)
                SELECT id, :uid, :modality, :number, :description, :bodyPart, :date, :time, :ppsDate, :ppsTime, :createdAt
                FROM study WHERE study_instance_uid = :studyUid
                ON CONFLICT DO NOTHING
                """, parameters) == 1;
    }

    boolean insertInstanceIfAbsent(
            String seriesInstanceUid, InstanceAttributes instance, StoredObject stored, Instant now) {
        var parameters = new MapSqlParameterSource()
                .addValue("seriesUid", seriesInstanceUid)
                .addValue("uid", instance.sopInstanceUid())
                .addValue("sopClass", instance.sopClassUid())
                .addValue("transferSyntax", stored.transferSyntaxUid())
                .addValue("number", orNull(instance.instanceNumber()))
                .addValue("frames", orNull(instance.numberOfFrames()))
                .addValue("rows", orNull(instance.rows()))
                .addValue("columns", orNull(instance.columns()))
                .addValue("bitsAllocated", orNull(instance.bitsAllocated()))
                .addValue("bitsStored", orNull(instance.bitsStored()))
                .addValue("pixelRepresentation", orNull(instance.pixelRepresentation()))
                .addValue("photometric", orNull(instance.photometricInterpretation()))
                .addValue("spacingRow", orNull(instance.pixelSpacing().map(InstanceAttributes.PixelSpacing::row)))
                .addValue("spacingColumn", orNull(instance.pixelSpacing().map(InstanceAttributes.PixelSpacing::column)))
                .addValue("sliceThickness", orNull(instance.sliceThickness()))
                .addValue("sliceLocation", orNull(instance.sliceLocation()))
                .addValue("windowCenter", orNull(instance.window().map(InstanceAttributes.Window::center)))
                .addValue("windowWidth", orNull(instance.window().map(InstanceAttributes.Window::width)))
                .addValue("rescaleSlope", orNull(instance.rescale().map(InstanceAttributes.Rescale::slope)))
                .addValue("rescaleIntercept", orNull(instance.rescale().map(InstanceAttributes.Rescale::intercept)))
                .addValue("blobKey", stored.blobKey())
                .addValue("size", stored.size())
                .addValue("sha256", stored.sha256())
                .addValue("createdAt", utc(now));
        return jdbc.update("""
                INSERT INTO instance (series_id, sop_instance_uid, sop_class_uid, transfer_syntax_uid, instance_number,
                                      number_of_frames, pixel_rows, pixel_columns, bits_allocated, bits_stored,
                                      pixel_representation, photometric_interpretation, pixel_spacing_row,
                                      pixel_spacing_column, slice_thickness, slice_location, window_center,
                                      window_width, rescale_slope, rescale_intercept, blob_key, object_size,
                                      content_sha256, created_at)
                SELECT id, :uid, :sopClass, :transferSyntax, :number, :frames, :rows, :columns, :bitsAllocated,
                       :bitsStored, :pixelRepresentation, :photometric, :spacingRow, :spacingColumn, :sliceThickness,
                       :sliceLocation, :windowCenter, :windowWidth, :rescaleSlope, :rescaleIntercept, :blobKey, :size,
                       :sha256, :createdAt
                FROM series WHERE series_instance_uid = :seriesUid
                ON CONFLICT DO NOTHING
                """, parameters) == 1;
    }

    boolean replaceContent(String sopInstanceUid, StoredObject stored) {
        return jdbc.update(
                        """
                        UPDATE instance SET blob_key = :blobKey, object_size = :size, content_sha256 = :sha256,
                            transfer_syntax_uid = :transferSyntax
                        WHERE sop_instance_uid = :uid
                        """,
                        new MapSqlParameterSource("uid", sopInstanceUid)
                                .addValue("blobKey", stored.blobKey())
                                .addValue("size", stored.size())
                                .addValue("sha256", stored.sha256())
                                .addValue("transferSyntax", stored.transferSyntaxUid()))
                == 1;
    }

    /** Counts one more series in the study and re-derives its Modalities in Study. */
    void countNewSeries(String studyInstanceUid) {
        var uid = new MapSqlParameterSource("uid", studyInstanceUid);
        jdbc.update("UPDATE study SET number_of_series = number_of_series + 1 WHERE study_instance_uid = :uid", uid);
        List<String> modalities = jdbc.queryForList("""
                SELECT DISTINCT se.modality FROM series se JOIN study st ON st.id = se.study_id
                WHERE st.study_instance_uid = :uid AND se.modality IS NOT NULL ORDER BY se.modality
                """, uid, String.class);
        jdbc.update(
                "UPDATE study SET modalities_in_study = :modalities WHERE study_instance_uid = :uid",
                new MapSqlParameterSource("uid", studyInstanceUid)
                        .addValue("modalities", modalities.isEmpty() ? null : String.join("\\", modalities)));
    }

    /** Counts one more instance in its series and study and picks the series' middle instance as representative. */
    void countNewInstance(String studyInstanceUid, String seriesInstanceUid) {
        jdbc.update(
                "UPDATE study SET number_of_instances = number_of_instances + 1 WHERE study_instance_uid = :uid",
                new MapSqlParameterSource("uid", studyInstanceUid));
        var series = new MapSqlParameterSource("uid", seriesInstanceUid);
        jdbc.update(
                "UPDATE series SET number_of_instances = number_of_instances + 1 WHERE series_instance_uid = :uid",
                series);
        int count = jdbc.queryForObject(
                "SELECT number_of_instances FROM series WHERE series_instance_uid = :uid", series, Integer.class);
        Long middle = jdbc.queryForObject(
                """
                SELECT i.id FROM instance i JOIN series se ON se.id = i.series_id
                WHERE se.series_instance_uid = :uid
                ORDER BY i.instance_number NULLS LAST, i.sop_instance_uid
                LIMIT 1 OFFSET :middle
                """, new MapSqlParameterSource("uid", seriesInstanceUid).addValue("middle", count / 2), Long.class);
        jdbc.update(
                "UPDATE series SET representative_instance_id = :instance WHERE series_instance_uid = :uid",
                new MapSqlParameterSource("uid", seriesInstanceUid).addValue("instance", middle));
    }

    /** @return whether the series exists */
    boolean recordThumbnail(String seriesInstanceUid, IndexedSeries.Thumbnail thumbnail) {
        return jdbc.update(
                        """
                UPDATE series SET thumbnail_blob_key = :blobKey, thumbnail_size = :size
                WHERE series_instance_uid = :uid
                """,
                        new MapSqlParameterSource("uid", seriesInstanceUid)
                                .addValue("blobKey", thumbnail.blobKey())
                                .addValue("size", thumbnail.size()))
                == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
