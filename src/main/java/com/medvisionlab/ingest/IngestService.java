package com.medvisionlab.ingest;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.deid.DeidResult;
import com.medvisionlab.deid.InstallationDeid;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.MalformedValueException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexResult;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.StoredObject;
import com.medvisionlab.imaging.UnindexableObjectException;
import com.medvisionlab.ingest.IngestOutcome.AlreadyPresent;
import com.medvisionlab.ingest.IngestOutcome.Quarantined;
import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import com.medvisionlab.ingest.IngestOutcome.Stored;
import com.medvisionlab.redaction.QuarantineInbox;
import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one path into the portal (see the package documentation). Everything happens in memory: the upload is parsed
 * from its bytes, de-identified by the warm engine, encoded again and only then written, encrypted, to the blob
 * store. A quarantined object goes to the {@link QuarantineInbox} and nowhere else.
 *
 * <p>Blob keys are {@code studies/<study>/<series>/<sop>.<first 16 hex of SHA-256>.dcm} (de-identified UIDs): the
 * hash in the name means a conflicting object never overwrites the one the index points at, and the blob of a
 * refused object can be deleted without touching the indexed one.
 */
@Service
class IngestService implements Ingestion {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /** Saving the mappings rewrites them whole; during a large upload once in a while is enough (and at shutdown). */
    private static final Duration MAPPING_SAVE_INTERVAL = Duration.ofSeconds(10);

    private final InstallationDeid deid;
    private final BlobStore blobs;
    private final ImagingIndex index;
    private final QuarantineInbox inbox;
    private final IngestLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Instant mappingsSaved;

    IngestService(
            InstallationDeid deid,
            BlobStore blobs,
            ImagingIndex index,
            QuarantineInbox inbox,
            IngestLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.deid = deid;
        this.blobs = blobs;
        this.index = index;
        this.inbox = inbox;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.mappingsSaved = clock.instant();
    }

    @Override
    public IngestOutcome ingest(IncomingFile file, IngestSettings settings) {
        IngestOutcome outcome;
        try {
            outcome = take(file, settings);
        } catch (IOException | RuntimeException e) {
            // storage or database: the message may name a path or a value, so only the kind is logged
            log.warn(
                    "Ingest failed with {}; the file was refused for a retry",
                    e.getClass().getName());
            outcome = new Rejected(
                    file.name(), RejectionCause.PROCESSING_FAILURE, IngestReason.of(IngestReasons.PROCESSING_FAILURE));
        }
        audit(outcome, settings);
        saveMappingsNowAndThen();
        return outcome;
    }

    private IngestOutcome take(IncomingFile file, IngestSettings settings) throws IOException {
        byte[] content = file.content();
        if (content.length > limits.maxFileSize()) {
            return rejected(
                    file,
                    RejectionCause.TOO_LARGE,
                    IngestReasons.TOO_LARGE,
                    IngestReasons.size(content.length),
                    IngestReasons.size(limits.maxFileSize()));
        }
        if (InstallationDeid.isPhoto(content)) {
            Optional<InstallationDeid.CleanPhoto> photo = deid.cleanPhoto(content);
            if (photo.isEmpty()) {
                return rejected(file, RejectionCause.UNREADABLE, IngestReasons.UNREADABLE_IMAGE);
            }
            DicomFile capture = PhotoCapture.wrap(photo.get(), settings.batchId());
            return store(file, capture, photo.get().redactedAreas(), settings);
        }
        if (!InstallationDeid.looksLikeDicom(content)) {
            return rejected(file, RejectionCause.UNREADABLE, IngestReasons.NOT_SUPPORTED);
        }
        DicomFile dicom;
        try {
            // "upload", not the file name: reader messages must not carry what the user called the file
            dicom = DicomReader.read(new ByteArrayInputStream(content), "upload", ReadOptions.defaults());
        } catch (RuntimeException e) {
            return rejected(file, RejectionCause.UNREADABLE, IngestReasons.UNREADABLE_DICOM);
        }
        if (dicom.dataset().contains(Tags.DirectoryRecordSequence)) {
            return rejected(file, RejectionCause.UNREADABLE, IngestReasons.DICOMDIR);
        }
        Optional<String> missing = missingUid(dicom.dataset());
        if (missing.isPresent()) {
            return rejected(file, RejectionCause.UNREADABLE, IngestReasons.MISSING_UID, missing.get());
        }
        DeidResult result;
        try {
            result = deid.deidentify(dicom, settings.deid());
        } catch (RuntimeException e) {
            log.info("De-identification refused an upload: {}", e.getClass().getName());
            return rejected(file, RejectionCause.UNREADABLE, IngestReasons.UNPROCESSABLE);
        }
        if (result.quarantined()) {
            return quarantine(file, dicom, result, settings);
        }
        return store(file, dicom, result.redactedAreas(), settings);
    }

    private IngestOutcome quarantine(IncomingFile file, DicomFile dicom, DeidResult result, IngestSettings settings) {
        ObjectIds ids = ids(dicom.dataset());
        List<IngestReason> reasons = new ArrayList<>();
        result.findingDescriptions().forEach(f -> reasons.add(IngestReason.of(IngestReasons.IDENTIFIER_LEFT, f)));
        result.blockingReasons().forEach(r -> reasons.add(IngestReason.of(IngestReasons.PIXELS_NEED_REVIEW, r)));
        List<String> keys = List.copyOf(new LinkedHashSet<>(
                reasons.stream().map(IngestReason::messageKey).toList()));
        inbox.quarantine(
                ids.studyInstanceUid(),
                ids.seriesInstanceUid(),
                ids.sopInstanceUid(),
                Part10.encode(dicom).bytes(),
                keys,
                settings.actor());
        return new Quarantined(file.name(), ids, reasons);
    }

    private IngestOutcome store(
            IncomingFile file, DicomFile deidentified, List<String> redactedAreas, IngestSettings settings)
            throws IOException {
        Dataset dataset = deidentified.dataset();
        ObjectIds ids = ids(dataset);
        Part10 encoded = Part10.encode(deidentified);
        var known = index.instance(ids.sopInstanceUid());
        if (known.isPresent()) {
            // the common re-upload: nothing is written at all
            return known.get().stored().sha256().equals(encoded.sha256())
                    ? new AlreadyPresent(file.name(), ids)
                    : rejected(file, RejectionCause.CONFLICT, IngestReasons.CONFLICT);
        }
        String key = "studies/%s/%s/%s.%s.dcm"
                .formatted(
                        ids.studyInstanceUid(),
                        ids.seriesInstanceUid(),
                        ids.sopInstanceUid(),
                        encoded.sha256().substring(0, 16));
        blobs.put(key, new ByteArrayInputStream(encoded.bytes()), encoded.bytes().length);
        IndexResult indexed;
        try {
            indexed = index.index(
                    dataset,
                    new StoredObject(key, encoded.bytes().length, encoded.sha256(), encoded.transferSyntaxUid()));
        } catch (UnindexableObjectException | MalformedValueException e) {
            blobs.delete(key);
            return rejected(file, RejectionCause.UNREADABLE, IngestReasons.UNPROCESSABLE);
        } catch (RuntimeException e) {
            blobs.delete(key);
            throw e;
        }
        switch (indexed.outcome()) {
            case ALREADY_PRESENT -> {
                // a concurrent upload of the same object won: its blob has the same key and content, keep it
                return new AlreadyPresent(file.name(), ids);
            }
            case CONFLICT -> {
                blobs.delete(key);
                return rejected(file, RejectionCause.CONFLICT, IngestReasons.CONFLICT);
            }
            case INDEXED -> {
                if (!redactedAreas.isEmpty()) {
                    inbox.redactedAutomatically(
                            ids.studyInstanceUid(), ids.seriesInstanceUid(), ids.sopInstanceUid(), redactedAreas);
                }
                refreshThumbnail(ids, deidentified);
                return new Stored(file.name(), ids);
            }
        }
        throw new IllegalStateException("unknown index outcome " + indexed.outcome());
    }

    /**
     * Renders the series thumbnail from the instance that represents the series now (the middle one) — but only when
     * the series has none or has just doubled in size: a series arriving in order changes its middle instance with
     * every other slice, and rendering each time cost a 1,000-slice upload about 500 renderings instead of ~10.
     */
    private void refreshThumbnail(ObjectIds ids, DicomFile deidentified) {
        Optional<IndexedSeries> series = index.series(ids.seriesInstanceUid());
        boolean representative = series.flatMap(IndexedSeries::representativeSopInstanceUid)
                .map(ids.sopInstanceUid()::equals)
                .orElse(false);
        boolean none = series.map(s -> s.thumbnail().isEmpty()).orElse(false);
        boolean doubled =
                series.map(s -> Integer.bitCount(s.numberOfInstances()) == 1).orElse(false);
        if (!none && !(representative && doubled)) {
            return;
        }
        try {
            Optional<byte[]> png = Thumbnail.png(deidentified);
            if (png.isPresent()) {
                String key = "thumbnails/%s.png".formatted(ids.seriesInstanceUid());
                blobs.put(key, new ByteArrayInputStream(png.get()), png.get().length);
                index.recordThumbnail(ids.seriesInstanceUid(), new IndexedSeries.Thumbnail(key, png.get().length));
            }
        } catch (IOException | RuntimeException e) {
            // the object is stored and indexed; a missing thumbnail is drawn as a placeholder
            log.warn("Thumbnail not recorded: {}", e.getClass().getName());
        }
    }

    private static Optional<String> missingUid(Dataset dataset) {
        record Required(int tag, String keyword) {}
        for (Required uid : List.of(
                new Required(Tags.SOPClassUID, "SOPClassUID"),
                new Required(Tags.SOPInstanceUID, "SOPInstanceUID"),
                new Required(Tags.StudyInstanceUID, "StudyInstanceUID"),
                new Required(Tags.SeriesInstanceUID, "SeriesInstanceUID"))) {
            if (dataset.getString(uid.tag()).map(String::isBlank).orElse(true)) {
                return Optional.of(uid.keyword());
            }
        }
        return Optional.empty();
    }

    private static ObjectIds ids(Dataset dataset) {
        return new ObjectIds(
                uid(dataset, Tags.StudyInstanceUID),
                uid(dataset, Tags.SeriesInstanceUID),
                uid(dataset, Tags.SOPClassUID),
                uid(dataset, Tags.SOPInstanceUID));
    }

    private static String uid(Dataset dataset, int tag) {
        return dataset.getString(tag).map(String::strip).orElse("");
    }

    private static Rejected rejected(IncomingFile file, RejectionCause cause, String key, String... arguments) {
        return new Rejected(file.name(), cause, IngestReason.of(key, arguments));
    }

    /** One row per file; details hold de-identified UIDs and reason keys only (never the file name). */
    private void audit(IngestOutcome outcome, IngestSettings settings) {
        AuditableEvent event = switch (outcome) {
            case Stored stored -> withIds(AuditableEvent.of(IngestAuditAction.INGEST_STORED), stored.ids());
            case AlreadyPresent present ->
                withIds(AuditableEvent.of(IngestAuditAction.INGEST_ALREADY_PRESENT), present.ids());
            case Quarantined quarantined ->
                withIds(AuditableEvent.of(IngestAuditAction.INGEST_QUARANTINED), quarantined.ids())
                        .detail(
                                "reasons",
                                String.join(
                                        ",",
                                        new LinkedHashSet<>(quarantined.reasons().stream()
                                                .map(IngestReason::messageKey)
                                                .toList())));
            case Rejected rejected ->
                AuditableEvent.of(IngestAuditAction.INGEST_REJECTED)
                        .detail("cause", rejected.cause().name())
                        .detail("reason", rejected.reason().messageKey());
        };
        try {
            events.publishEvent(event.actedBy(settings.actor()));
        } catch (RuntimeException e) {
            log.error("Audit of an ingest outcome failed: {}", e.getClass().getName());
        }
    }

    private static AuditableEvent withIds(AuditableEvent event, ObjectIds ids) {
        return event.target(IngestAuditAction.TARGET_TYPE, ids.sopInstanceUid())
                .detail("study", ids.studyInstanceUid())
                .detail("series", ids.seriesInstanceUid())
                .detail("sopClass", ids.sopClassUid());
    }

    private void saveMappingsNowAndThen() {
        Instant now = clock.instant();
        if (Duration.between(mappingsSaved, now).compareTo(MAPPING_SAVE_INTERVAL) < 0) {
            return;
        }
        mappingsSaved = now;
        try {
            deid.saveMappings();
        } catch (IOException | RuntimeException e) {
            log.error(
                    "Saving the de-identification mappings failed: {}",
                    e.getClass().getName());
        }
    }
}
