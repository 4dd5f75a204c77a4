package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.course.ReferenceFinding;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.demo.phantom.GeneratedObject;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import java.util.List;

/** Demo phantoms ingested (so de-identified and indexed) and linked to cases, for the second opinion's tests. */
final class PhantomCases {

    private final Ingestion ingestion;
    private final CourseService courses;
    private final CaseService cases;

    PhantomCases(Ingestion ingestion, CourseService courses, CaseService cases) {
        this.ingestion = ingestion;
        this.courses = courses;
        this.cases = cases;
    }

    ObjectIds ingest(GeneratedObject object) {
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "researcher");
        var outcome = ingestion.ingest(new IncomingFile(object.name(), object.encode()), settings);
        return switch (outcome) {
            case IngestOutcome.Stored s -> s.ids();
            case IngestOutcome.AlreadyPresent p -> p.ids();
            default -> throw new AssertionError("not stored: " + outcome);
        };
    }

    long caseSet(String title) {
        long course = courses.createCourse(title, "");
        return courses.addCaseSet(course, CaseSetDraft.titled(title));
    }

    /** A case on the study of {@code images}, with those as key images (none when {@code keyImages} is false). */
    long caseOf(long caseSet, String title, String diagnosis, List<ObjectIds> images, boolean keyImages) {
        return caseOf(caseSet, title, diagnosis, "Cough for three weeks.", images, keyImages);
    }

    /** With its own history: the question then differs from any asked before, so no stored answer is reused. */
    long caseOf(
            long caseSet, String title, String diagnosis, String history, List<ObjectIds> images, boolean keyImages) {
        var first = images.getFirst();
        return cases.createCase(
                caseSet,
                new CaseContent(
                        title,
                        history,
                        "060Y",
                        null,
                        first.studyInstanceUid(),
                        List.of(first.seriesInstanceUid()),
                        keyImages
                                ? images.stream().map(ObjectIds::sopInstanceUid).toList()
                                : List.of(),
                        List.of(new ReferenceFinding("Nodule", "RUL", null)),
                        "",
                        diagnosis,
                        "",
                        Difficulty.INTRODUCTORY,
                        List.of(),
                        List.of()));
    }
}
