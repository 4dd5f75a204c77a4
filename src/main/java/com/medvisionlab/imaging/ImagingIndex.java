package com.medvisionlab.imaging;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.imaging.IndexResult.Conflict;
import com.medvisionlab.imaging.IndexResult.Outcome;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The study / series / instance index: ingest adds de-identified objects, QIDO-RS searches, WADO-RS looks up where
 * an instance's bytes are.
 */
@Service
@Transactional
public class ImagingIndex {

    private final IndexRows rows;
    private final IndexQueries queries;
    private final Clock clock;

    ImagingIndex(IndexRows rows, IndexQueries queries, Clock clock) {
        this.rows = rows;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Adds one de-identified object whose bytes are already stored. Its study and series are created with the
     * object's attributes if they are new; otherwise their attributes stay as the first object gave them.
     *
     * @throws UnindexableObjectException when the dataset lacks a UID the index is keyed by
     * @throws com.medvisionlab.dicom.data.MalformedValueException when a date, time or number cannot be decoded
     */
    public IndexResult index(Dataset deidentified, StoredObject stored) {
        IndexedAttributes object = IndexedAttributes.from(deidentified);
        Optional<IndexResult> known = knownOrConflicting(object, stored);
        if (known.isPresent()) {
            return known.get();
        }
        String studyUid = object.study().studyInstanceUid();
        String seriesUid = object.series().seriesInstanceUid();
        var now = clock.instant();
        rows.insertStudyIfAbsent(object.study(), now);
        if (rows.insertSeriesIfAbsent(studyUid, object.series(), now)) {
            rows.countNewSeries(studyUid);
        } else if (!rows.studyOfSeries(seriesUid).orElseThrow().equals(studyUid)) {
            // another transaction put this series under another study since we looked
            return undone(IndexResult.conflict(Conflict.SERIES_BELONGS_TO_ANOTHER_STUDY, object));
        }
        if (!rows.insertInstanceIfAbsent(seriesUid, object.instance(), stored, now)) {
            // another transaction indexed this SOP Instance UID since we looked
            return undone(knownOrConflicting(object, stored).orElseThrow());
        }
        rows.countNewInstance(studyUid, seriesUid);
        return IndexResult.of(Outcome.INDEXED, object);
    }

    private Optional<IndexResult> knownOrConflicting(IndexedAttributes object, StoredObject stored) {
        var content = rows.instanceContent(object.instance().sopInstanceUid());
        if (content.isPresent()) {
            return Optional.of(
                    content.get().sha256().equals(stored.sha256())
                            ? IndexResult.of(Outcome.ALREADY_PRESENT, object)
                            : IndexResult.conflict(Conflict.DIFFERENT_CONTENT_UNDER_SOP_INSTANCE_UID, object));
        }
        return rows.studyOfSeries(object.series().seriesInstanceUid())
                .filter(study -> !study.equals(object.study().studyInstanceUid()))
                .map(other -> IndexResult.conflict(Conflict.SERIES_BELONGS_TO_ANOTHER_STUDY, object));
    }

    /**
     * Rolls back the study and series rows this call may have added, so a lost race leaves nothing behind. Inside a
     * caller's transaction this marks that whole transaction rollback-only.
     */
    private static IndexResult undone(IndexResult result) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return result;
    }

    /**
     * Records the rendered thumbnail of a series (a PNG already in the blob store).
     *
     * @return false when no such series is indexed
     */
    public boolean recordThumbnail(String seriesInstanceUid, IndexedSeries.Thumbnail thumbnail) {
        return rows.recordThumbnail(seriesInstanceUid, thumbnail);
    }

    /**
     * Points an indexed instance at new bytes of the same object, e.g. after a reviewer blanked more of its pixels;
     * its attributes stay as indexed.
     *
     * @return false when no such instance is indexed
     */
    public boolean replaceContent(String sopInstanceUid, StoredObject stored) {
        return rows.replaceContent(sopInstanceUid, stored);
    }

    @Transactional(readOnly = true)
    public QueryResult<IndexedStudy> findStudies(StudyQuery query) {
        return queries.studies(query);
    }

    @Transactional(readOnly = true)
    public QueryResult<IndexedSeries> findSeries(SeriesQuery query) {
        return queries.series(query);
    }

    @Transactional(readOnly = true)
    public QueryResult<IndexedInstance> findInstances(InstanceQuery query) {
        return queries.instances(query);
    }

    @Transactional(readOnly = true)
    public Optional<IndexedStudy> study(String studyInstanceUid) {
        return queries.study(studyInstanceUid);
    }

    @Transactional(readOnly = true)
    public Optional<IndexedSeries> series(String seriesInstanceUid) {
        return queries.series(seriesInstanceUid);
    }

    /** For WADO-RS: the instance with its blob key and transfer syntax. */
    @Transactional(readOnly = true)
    public Optional<IndexedInstance> instance(String sopInstanceUid) {
        return queries.instance(sopInstanceUid);
    }
}
