package com.medvisionlab.exchange;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.course.InstructorAnnotations;
import com.medvisionlab.course.PatientSex;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.course.ReferenceFinding;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.InstanceQuery;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import com.medvisionlab.reading.ReadingException;
import com.medvisionlab.reading.ReadingService;
import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.viewer.ViewerAnnotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports a case set as an archive and imports one into a course (format and checks: package documentation,
 * {@link ArchiveReader}). Nothing touches disk: the export streams objects from the blob store into the response,
 * the import reads one entry at a time into memory and hands it to ingest.
 */
@Service
public class CaseSetExchange {

    private final CourseService courses;
    private final CaseService cases;
    private final ReadingService reading;
    private final ImagingIndex index;
    private final BlobStore blobs;
    private final Ingestion ingestion;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ArchiveLimits limits;

    CaseSetExchange(
            CourseService courses,
            CaseService cases,
            ReadingService reading,
            ImagingIndex index,
            BlobStore blobs,
            Ingestion ingestion,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock,
            ApplicationEventPublisher events) {
        this.courses = courses;
        this.cases = cases;
        this.reading = reading;
        this.index = index;
        this.blobs = blobs;
        this.ingestion = ingestion;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
        this.limits = ArchiveLimits.DEFAULTS;
    }

    /** A file name for the archive of this case set. */
    public static String fileName(long caseSetId) {
        return "case-set-" + caseSetId + ".zip";
    }

    /**
     * Writes the case set's archive: its cases and every object of the studies they link (de-identified, as stored).
     *
     * @throws IOException when the output fails or a stored object no longer matches its index entry
     */
    @PreAuthorize("hasAuthority('EXPORT') and hasAuthority('AUTHOR_CASES')")
    public void export(long caseSetId, OutputStream out) throws IOException {
        CaseSetView set = courses.caseSet(caseSetId);
        List<CaseView> list = cases.cases(caseSetId, CaseFilter.ALL);
        List<IndexedInstance> instances = new ArrayList<>();
        list.stream()
                .map(c -> c.content().studyInstanceUid())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(study -> instances.addAll(instancesOf(study)));
        List<Manifest.ObjectEntry> objects = new ArrayList<>();
        for (IndexedInstance instance : instances) {
            var stored = instance.stored();
            objects.add(new Manifest.ObjectEntry(
                    "objects/" + (objects.size() + 1) + ".dcm",
                    instance.studyInstanceUid(),
                    instance.seriesInstanceUid(),
                    instance.attributes().sopInstanceUid(),
                    instance.attributes().sopClassUid(),
                    stored.transferSyntaxUid(),
                    stored.size(),
                    stored.sha256()));
        }
        var manifest = new Manifest(
                Manifest.FORMAT_VERSION,
                clock.instant().toString(),
                "MedVision Lab",
                new Manifest.CaseSetEntry(
                        set.title(),
                        set.description(),
                        set.readingMode().name(),
                        set.instructorAnnotations().name()),
                list.stream()
                        .map(c -> entry(c.content(), reading.instructorAnnotations(c.id())))
                        .toList(),
                objects);
        try (var writer = new ArchiveWriter(out)) {
            writer.manifest(ManifestJson.write(manifest));
            for (int i = 0; i < objects.size(); i++) {
                try (InputStream in = blobs.get(instances.get(i).stored().blobKey())) {
                    writer.object(objects.get(i), in);
                }
            }
        }
        events.publishEvent(AuditableEvent.of(ExchangeAuditAction.CASE_SET_EXPORTED)
                .target(ExchangeAuditAction.CASE_SET, Long.toString(caseSetId))
                .detail("cases", Integer.toString(list.size()))
                .detail("objects", Integer.toString(objects.size())));
    }

    /**
     * Imports an archive into a course as a new draft case set; the same archive again into the same course does
     * nothing and answers with the case set made the first time.
     *
     * @throws ExchangeException when the archive is refused (nothing of the case set is created then; objects taken
     *                           in before the refusal stay, de-identified and unlinked, and a retry finds them)
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES') and hasAuthority('UPLOAD_STUDIES')")
    public ImportResult importInto(long courseId, InputStream archive) {
        courses.course(courseId); // exists, or CourseException
        try {
            return read(courseId, new ArchiveReader(archive, limits));
        } catch (ExchangeException e) {
            events.publishEvent(AuditableEvent.of(ExchangeAuditAction.CASE_SET_IMPORT_REFUSED)
                    .target(ExchangeAuditAction.COURSE, Long.toString(courseId))
                    .detail("reason", e.messageKey()));
            throw e;
        }
    }

    private ImportResult read(long courseId, ArchiveReader reader) {
        var read = reader.manifest();
        Manifest manifest = read.manifest();
        Optional<Long> earlier = earlierImport(courseId, read.sha256());
        if (earlier.isPresent()) {
            return new ImportResult(
                    earlier.get(),
                    true,
                    manifest.cases().size(),
                    manifest.objects().size(),
                    List.of());
        }
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), actor());
        Map<String, String> newUids = new HashMap<>();
        List<String> quarantined = new ArrayList<>();
        int taken = 0;
        for (var next = reader.next(); next.isPresent(); next = reader.next()) {
            var object = next.get();
            var entry = object.entry();
            IngestOutcome outcome = ingestion.ingest(new IncomingFile(entry.path(), object.content()), settings);
            ObjectIds ids = switch (outcome) {
                case IngestOutcome.Stored s -> s.ids();
                case IngestOutcome.AlreadyPresent p -> p.ids();
                case IngestOutcome.Quarantined q -> {
                    quarantined.add(entry.path());
                    yield q.ids();
                }
                case IngestOutcome.Rejected r ->
                    throw new ExchangeException("exchange.error.object-rejected", entry.path());
            };
            taken++;
            newUids.put(entry.studyInstanceUid(), ids.studyInstanceUid());
            newUids.put(entry.seriesInstanceUid(), ids.seriesInstanceUid());
            newUids.put(entry.sopInstanceUid(), ids.sopInstanceUid());
        }
        reader.requireComplete();
        List<ImportedCase> contents =
                manifest.cases().stream().map(c -> imported(c, newUids)).toList();
        CaseSetDraft draft = draft(manifest.caseSet());
        int objects = taken;
        Long caseSetId = transaction.execute(status -> {
            long setId = courses.addCaseSet(courseId, draft);
            contents.forEach(c -> annotate(cases.createCase(setId, c.content()), c.instructorAnnotations()));
            jdbc.sql("INSERT INTO case_set_import (course_id, archive_sha256, case_set_id, imported_by, imported_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(courseId, read.sha256(), setId, actor(), Timestamp.from(clock.instant()))
                    .update();
            events.publishEvent(AuditableEvent.of(ExchangeAuditAction.CASE_SET_IMPORTED)
                    .target(ExchangeAuditAction.CASE_SET, Long.toString(setId))
                    .detail("course", Long.toString(courseId))
                    .detail("cases", Integer.toString(contents.size()))
                    .detail("objects", Integer.toString(objects))
                    .detail("quarantined", Integer.toString(quarantined.size())));
            return setId;
        });
        return new ImportResult(Objects.requireNonNull(caseSetId), false, contents.size(), objects, quarantined);
    }

    /** The case set an earlier import of this archive made in this course, if it still exists. */
    private Optional<Long> earlierImport(long courseId, String sha256) {
        return jdbc.sql("SELECT i.case_set_id FROM case_set_import i JOIN case_set s ON s.id = i.case_set_id"
                        + " WHERE i.course_id = ? AND i.archive_sha256 = ?")
                .params(courseId, sha256)
                .query(Long.class)
                .optional();
    }

    private List<IndexedInstance> instancesOf(String studyUid) {
        List<IndexedInstance> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            var page = index.findInstances(InstanceQuery.builder(new Page(Page.MAX_LIMIT, offset))
                    .studyInstanceUids(List.of(studyUid))
                    .build());
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    /** A case of the archive as it is recreated here: its content and the instructor's annotations, on new UIDs. */
    private record ImportedCase(CaseContent content, List<ViewerAnnotation> instructorAnnotations) {}

    private ImportedCase imported(Manifest.CaseEntry c, Map<String, String> newUids) {
        CaseContent content = content(c, newUids);
        return new ImportedCase(content, instructorAnnotations(c, content.studyInstanceUid(), newUids));
    }

    /**
     * The case's annotations on the images' new UIDs; like key images, those on an image that is not indexed here
     * in the case's study (a quarantined object) are left out.
     */
    private List<ViewerAnnotation> instructorAnnotations(
            Manifest.CaseEntry c, @Nullable String study, Map<String, String> newUids) {
        var entries = c.instructorAnnotations();
        if (entries == null || study == null) {
            return List.of(); // an archive from before annotations travelled
        }
        List<ViewerAnnotation> mapped = new ArrayList<>();
        for (var a : entries) {
            String uid = newUids.get(a.sopInstanceUid());
            if (uid != null
                    && index.instance(uid)
                            .filter(i -> i.studyInstanceUid().equals(study))
                            .isPresent()) {
                mapped.add(ManifestAnnotations.annotation(a, uid));
            }
        }
        return mapped;
    }

    /** Saved through the reading module, whose rules (points per kind, bounds) an archive cannot bypass. */
    private void annotate(long caseId, List<ViewerAnnotation> instructorAnnotations) {
        if (instructorAnnotations.isEmpty()) {
            return;
        }
        try {
            reading.saveInstructorAnnotations(caseId, instructorAnnotations);
        } catch (ReadingException e) {
            throw new ExchangeException("exchange.error.manifest-invalid");
        }
    }

    private static Manifest.CaseEntry entry(CaseContent c, List<ViewerAnnotation> instructorAnnotations) {
        return new Manifest.CaseEntry(
                c.title(),
                c.clinicalHistory(),
                c.patientAge(),
                c.patientSex() == null ? null : c.patientSex().name(),
                c.studyInstanceUid(),
                c.seriesInstanceUids(),
                c.keyImageUids(),
                c.findings().stream()
                        .map(f -> new Manifest.FindingEntry(f.finding(), f.location(), f.keyImageUid()))
                        .toList(),
                c.impression(),
                c.diagnosis(),
                c.teachingPoints(),
                c.difficulty().name(),
                c.tags(),
                c.suggestedQuestions(),
                ManifestAnnotations.entries(instructorAnnotations));
    }

    /**
     * The case with the archive's UIDs replaced by the ones ingest gave; links to what is not indexed here (a
     * quarantined object) are left out, since a case may link only indexed images.
     */
    private CaseContent content(Manifest.CaseEntry c, Map<String, String> newUids) {
        String study = c.studyInstanceUid() == null ? null : newUids.get(c.studyInstanceUid());
        boolean studyIndexed = study != null && index.study(study).isPresent();
        List<String> series = studyIndexed
                ? c.seriesInstanceUids().stream()
                        .map(newUids::get)
                        .filter(uid -> uid != null && index.series(uid).isPresent())
                        .toList()
                : List.of();
        List<String> keyImages = studyIndexed
                ? c.keyImageUids().stream()
                        .map(uid -> indexedInstance(uid, newUids))
                        .filter(Objects::nonNull)
                        .toList()
                : List.of();
        var findings = c.findings().stream()
                .map(f -> new ReferenceFinding(
                        f.finding(),
                        f.location(),
                        studyIndexed && f.keyImageUid() != null ? indexedInstance(f.keyImageUid(), newUids) : null))
                .toList();
        try {
            return new CaseContent(
                    c.title(),
                    c.clinicalHistory(),
                    c.patientAge(),
                    c.patientSex() == null ? null : PatientSex.valueOf(c.patientSex()),
                    studyIndexed ? study : null,
                    series,
                    keyImages,
                    findings,
                    c.impression(),
                    c.diagnosis(),
                    c.teachingPoints(),
                    Difficulty.valueOf(c.difficulty()),
                    c.tags(),
                    c.suggestedQuestions());
        } catch (IllegalArgumentException e) {
            throw new ExchangeException("exchange.error.manifest-invalid");
        }
    }

    private @Nullable String indexedInstance(String archiveUid, Map<String, String> newUids) {
        String uid = newUids.get(archiveUid);
        return uid != null && index.instance(uid).isPresent() ? uid : null;
    }

    private static CaseSetDraft draft(Manifest.CaseSetEntry set) {
        try {
            var shown = set.instructorAnnotations();
            return new CaseSetDraft(
                    set.title(),
                    set.description(),
                    null,
                    null,
                    ReadingMode.valueOf(set.readingMode()),
                    shown == null ? InstructorAnnotations.AFTER_SUBMISSION : InstructorAnnotations.valueOf(shown));
        } catch (IllegalArgumentException e) {
            throw new ExchangeException("exchange.error.manifest-invalid");
        }
    }

    private static String actor() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }
}
