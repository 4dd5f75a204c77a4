package com.medvisionlab.demo;

import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.demo.DemoCases.Language;
import com.medvisionlab.demo.phantom.ChestRadiograph;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.demo.phantom.GeneratedObject;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo course once (see the package documentation). The images are ingested first (idempotent: they
 * have fixed UIDs, so a retry finds them already present); the course, its case sets and cases and the
 * {@code demo_seed} row are then written in one transaction, so a failure leaves no half course and the next start
 * tries again.
 */
@Service
public class DemoSeeder {

    /** Who the audit trail and the course record as author of seeded content. */
    static final String ACTOR = "system";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Ingestion ingestion;
    private final CourseService courses;
    private final CaseService cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int ctSlices;

    DemoSeeder(
            Ingestion ingestion,
            CourseService courses,
            CaseService cases,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${medvision.demo.ct-slices:" + CtPhantom.SLICE_COUNT + "}") int ctSlices) {
        if (ctSlices < CtPhantom.SLICE_COUNT) {
            // the demo cases' key images and lesions lie within the phantom's own slices
            log.warn(
                    "medvision.demo.ct-slices={} is below the phantom's {} slices; seeding {}",
                    ctSlices,
                    CtPhantom.SLICE_COUNT,
                    CtPhantom.SLICE_COUNT);
        }
        this.ingestion = ingestion;
        this.courses = courses;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.ctSlices = Math.max(CtPhantom.SLICE_COUNT, ctSlices);
    }

    /** The demo course, if seeded. */
    public Optional<Long> demoCourseId() {
        return jdbc.sql("SELECT course_id FROM demo_seed WHERE id = 1")
                .query(Long.class)
                .optional();
    }

    /**
     * Seeds the demo course unless it was seeded before.
     *
     * @return the demo course's id, new or earlier
     * @throws DemoSeedingException when a generated image was not stored (nothing of the course is written then)
     */
    public long seedIfFresh() {
        var existing = demoCourseId();
        if (existing.isPresent()) {
            return existing.get();
        }
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, null, List.of(new SimpleGrantedAuthority("AUTHOR_CASES"))));
        try {
            DemoStudies studies = ingestImages();
            Long courseId = transaction.execute(status -> createCourse(new DemoCases(studies)));
            log.info("Demo course seeded (id {})", courseId);
            return courseId == null ? -1 : courseId;
        } finally {
            context.setAuthentication(previous);
        }
    }

    private DemoStudies ingestImages() {
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), ACTOR, "demo-" + UUID.randomUUID());
        List<String> slices = new ArrayList<>();
        ObjectIds ct = null;
        for (int k = 0; k < ctSlices; k++) {
            // one slice at a time: the series is ~25 MB, no need to hold it all
            ct = stored(CtPhantom.slice(k), settings);
            slices.add(ct.sopInstanceUid());
        }
        ObjectIds radiograph = stored(ChestRadiograph.generate(), settings);
        return new DemoStudies(
                ct.studyInstanceUid(),
                ct.seriesInstanceUid(),
                slices,
                radiograph.studyInstanceUid(),
                radiograph.sopInstanceUid());
    }

    private ObjectIds stored(GeneratedObject object, IngestSettings settings) {
        IngestOutcome outcome = ingestion.ingest(new IncomingFile(object.name(), object.encode()), settings);
        return switch (outcome) {
            case IngestOutcome.Stored s -> s.ids();
            case IngestOutcome.AlreadyPresent p -> p.ids();
            case IngestOutcome.Quarantined q ->
                throw new DemoSeedingException(object.name() + " was quarantined: " + q.reasons());
            case IngestOutcome.Rejected r ->
                throw new DemoSeedingException(object.name() + " was rejected: " + r.cause() + " " + r.reason());
        };
    }

    private long createCourse(DemoCases demo) {
        long courseId = courses.createCourse(DemoCases.COURSE_TITLE, DemoCases.COURSE_DESCRIPTION);
        for (Language language : Language.values()) {
            long setId = courses.addCaseSet(courseId, demo.caseSet(language));
            for (var content : demo.cases(language)) {
                long caseId = cases.createCase(setId, content);
                cases.setDemo(caseId, true);
                var result = cases.publish(caseId);
                if (!result.published()) {
                    throw new DemoSeedingException("a demo case was not published: images await review");
                }
            }
            courses.setCaseSetState(setId, PublicationState.PUBLISHED);
        }
        jdbc.sql("INSERT INTO demo_seed (id, course_id, seeded_at) VALUES (1, ?, ?)")
                .params(courseId, java.sql.Timestamp.from(clock.instant()))
                .update();
        return courseId;
    }
}
