package com.medvisionlab.imaging;

import static com.medvisionlab.imaging.ResultColumns.date;
import static com.medvisionlab.imaging.ResultColumns.decimal;
import static com.medvisionlab.imaging.ResultColumns.instant;
import static com.medvisionlab.imaging.ResultColumns.integer;
import static com.medvisionlab.imaging.ResultColumns.text;
import static com.medvisionlab.imaging.ResultColumns.time;

import com.medvisionlab.imaging.InstanceAttributes.PixelSpacing;
import com.medvisionlab.imaging.InstanceAttributes.Rescale;
import com.medvisionlab.imaging.InstanceAttributes.Window;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL that reads the index for QIDO-RS and WADO-RS; used only by {@link ImagingIndex}, inside its transactions. */
@Repository
class IndexQueries {

    private static final String STUDIES = " FROM study st";
    private static final String SERIES = " FROM series se JOIN study st ON st.id = se.study_id";
    private static final String INSTANCES =
            " FROM instance i JOIN series se ON se.id = i.series_id" + " JOIN study st ON st.id = se.study_id";
    private static final String SERIES_COLUMNS =
            "se.*, st.study_instance_uid, ri.sop_instance_uid AS representative_uid";
    private static final String REPRESENTATIVE = " LEFT JOIN instance ri ON ri.id = se.representative_instance_id";
    private static final String INSTANCE_COLUMNS = "i.*, se.series_instance_uid, st.study_instance_uid";

    private final NamedParameterJdbcTemplate jdbc;

    IndexQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    QueryResult<IndexedStudy> studies(StudyQuery query) {
        Criteria criteria = new Criteria()
                .isAnyOf("st.study_instance_uid", query.studyInstanceUids())
                .matches("st.patient_id", query.patientId())
                .matchesFolded("st.patient_name_folded", query.patientName())
                .within("st.study_date", query.studyDate())
                .matches("st.accession_number", query.accessionNumber())
                .holdsFor(
                        "EXISTS (SELECT 1 FROM series ms WHERE ms.study_id = st.id AND ms.modality IN (:values))",
                        query.modalitiesInStudy())
                .matches("st.study_description", query.studyDescription())
                .matches("st.dicom_study_id", query.studyId());
        return page(
                STUDIES,
                "st.*",
                "",
                "st.study_date DESC NULLS LAST, st.study_time DESC NULLS LAST, st.study_instance_uid",
                criteria,
                query.page(),
                IndexQueries::study);
    }

    QueryResult<IndexedSeries> series(SeriesQuery query) {
        Criteria criteria = new Criteria()
                .isAnyOf("st.study_instance_uid", query.studyInstanceUids())
                .isAnyOf("se.series_instance_uid", query.seriesInstanceUids())
                .matches("se.modality", query.modality())
                .equalTo("se.series_number", query.seriesNumber())
                .matches("se.series_description", query.seriesDescription())
                .matches("se.body_part_examined", query.bodyPartExamined());
        return page(
                SERIES,
                SERIES_COLUMNS,
                REPRESENTATIVE,
                "st.study_instance_uid, se.series_number NULLS LAST, se.series_instance_uid",
                criteria,
                query.page(),
                IndexQueries::series);
    }

    QueryResult<IndexedInstance> instances(InstanceQuery query) {
        Criteria criteria = new Criteria()
                .isAnyOf("st.study_instance_uid", query.studyInstanceUids())
                .isAnyOf("se.series_instance_uid", query.seriesInstanceUids())
                .isAnyOf("i.sop_instance_uid", query.sopInstanceUids())
                .isAnyOf("i.sop_class_uid", query.sopClassUids())
                .equalTo("i.instance_number", query.instanceNumber());
        return page(
                INSTANCES,
                INSTANCE_COLUMNS,
                "",
                "se.series_instance_uid, i.instance_number NULLS LAST, i.sop_instance_uid",
                criteria,
                query.page(),
                IndexQueries::instance);
    }

    private <T> QueryResult<T> page(
            String from,
            String columns,
            String joins,
            String order,
            Criteria criteria,
            Page page,
            RowMapper<T> mapper) {
        long total =
                jdbc.queryForObject("SELECT COUNT(*)" + from + criteria.where(), criteria.parameters(), Long.class);
        if (total <= page.offset()) {
            return new QueryResult<>(List.of(), total);
        }
        List<T> items = jdbc.query(
                "SELECT " + columns + from + joins + criteria.where() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset",
                criteria.parameters(page),
                mapper);
        return new QueryResult<>(items, total);
    }

    Optional<IndexedStudy> study(String studyInstanceUid) {
        return studies(StudyQuery.builder(Page.first(1))
                        .studyInstanceUids(List.of(studyInstanceUid))
                        .build())
                .items()
                .stream()
                .findFirst();
    }

    Optional<IndexedSeries> series(String seriesInstanceUid) {
        return series(SeriesQuery.builder(Page.first(1))
                        .seriesInstanceUids(List.of(seriesInstanceUid))
                        .build())
                .items()
                .stream()
                .findFirst();
    }

    Optional<IndexedInstance> instance(String sopInstanceUid) {
        return instances(InstanceQuery.builder(Page.first(1))
                        .sopInstanceUids(List.of(sopInstanceUid))
                        .build())
                .items()
                .stream()
                .findFirst();
    }

    private static IndexedStudy study(ResultSet rs, int row) throws SQLException {
        var attributes = new StudyAttributes(
                rs.getString("study_instance_uid"),
                text(rs, "patient_id"),
                text(rs, "patient_name"),
                date(rs, "patient_birth_date"),
                text(rs, "patient_sex"),
                text(rs, "patient_age"),
                date(rs, "study_date"),
                time(rs, "study_time"),
                text(rs, "timezone_offset_from_utc"),
                text(rs, "accession_number"),
                text(rs, "dicom_study_id"),
                text(rs, "referring_physician_name"),
                text(rs, "study_description"));
        List<String> modalities = text(rs, "modalities_in_study")
                .map(m -> Arrays.asList(m.split("\\\\")))
                .orElse(List.of());
        long collection = rs.getLong("collection_id");
        Optional<Long> collectionId = rs.wasNull() ? Optional.empty() : Optional.of(collection);
        return new IndexedStudy(
                attributes,
                modalities,
                rs.getInt("number_of_series"),
                rs.getInt("number_of_instances"),
                collectionId,
                instant(rs, "created_at"));
    }

    private static IndexedSeries series(ResultSet rs, int row) throws SQLException {
        var attributes = new SeriesAttributes(
                rs.getString("series_instance_uid"),
                text(rs, "modality"),
                integer(rs, "series_number"),
                text(rs, "series_description"),
                text(rs, "body_part_examined"),
                date(rs, "series_date"),
                time(rs, "series_time"),
                date(rs, "performed_procedure_step_start_date"),
                time(rs, "performed_procedure_step_start_time"));
        long thumbnailSize = rs.getLong("thumbnail_size");
        Optional<IndexedSeries.Thumbnail> thumbnail =
                text(rs, "thumbnail_blob_key").map(key -> new IndexedSeries.Thumbnail(key, thumbnailSize));
        return new IndexedSeries(
                rs.getString("study_instance_uid"),
                attributes,
                rs.getInt("number_of_instances"),
                text(rs, "representative_uid"),
                thumbnail,
                instant(rs, "created_at"));
    }

    private static IndexedInstance instance(ResultSet rs, int row) throws SQLException {
        OptionalDouble spacingRow = decimal(rs, "pixel_spacing_row");
        OptionalDouble spacingColumn = decimal(rs, "pixel_spacing_column");
        OptionalDouble center = decimal(rs, "window_center");
        OptionalDouble width = decimal(rs, "window_width");
        OptionalDouble slope = decimal(rs, "rescale_slope");
        OptionalDouble intercept = decimal(rs, "rescale_intercept");
        var attributes = new InstanceAttributes(
                rs.getString("sop_instance_uid"),
                rs.getString("sop_class_uid"),
                integer(rs, "instance_number"),
                integer(rs, "number_of_frames"),
                integer(rs, "pixel_rows"),
                integer(rs, "pixel_columns"),
                integer(rs, "bits_allocated"),
                integer(rs, "bits_stored"),
                integer(rs, "pixel_representation"),
                text(rs, "photometric_interpretation"),
                spacingRow.isPresent() && spacingColumn.isPresent()
                        ? Optional.of(new PixelSpacing(spacingRow.getAsDouble(), spacingColumn.getAsDouble()))
                        : Optional.empty(),
                decimal(rs, "slice_thickness"),
                decimal(rs, "slice_location"),
                center.isPresent() && width.isPresent()
                        ? Optional.of(new Window(center.getAsDouble(), width.getAsDouble()))
                        : Optional.empty(),
                slope.isPresent() && intercept.isPresent()
                        ? Optional.of(new Rescale(slope.getAsDouble(), intercept.getAsDouble()))
                        : Optional.empty());
        var stored = new StoredObject(
                rs.getString("blob_key"),
                rs.getLong("object_size"),
                rs.getString("content_sha256").trim(),
                rs.getString("transfer_syntax_uid"));
        return new IndexedInstance(
                rs.getString("study_instance_uid"),
                rs.getString("series_instance_uid"),
                attributes,
                stored,
                instant(rs, "created_at"));
    }
}
