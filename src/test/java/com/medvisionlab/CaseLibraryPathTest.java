package com.medvisionlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestLimits;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.UploadBatch;
import com.medvisionlab.redaction.PublicationCheck;
import com.medvisionlab.redaction.RedactionReview;
import com.medvisionlab.redaction.ReviewOutcome;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The case library end to end, across its features: a zip of the shared samples is uploaded and ingested; a case
 * links the CT study; DICOMweb then shows the study to a student of the case's course once the case is published,
 * and refuses it (403) to a student of another course and to a guest; a case on the burned-in sample cannot be
 * published until a researcher has confirmed its redaction.
 */
@SpringBootTest
class CaseLibraryPathTest {

    private static final Path SAMPLES = Path.of("../shared/testdata/dicom");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ingestion ingestion;

    @Autowired
    IngestLimits limits;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Autowired
    RedactionReview review;

    @Autowired
    PublicationCheck publicationCheck;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        securityContexts().clearContext();
    }

    @Test
    void an_uploaded_study_is_read_through_dicomweb_only_by_the_readers_of_its_published_case() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "../shared/testdata is absent");
        var researcher = testUsers.create(Role.RESEARCHER);
        List<IngestOutcome> outcomes = upload(researcher, zip("CT_small.dcm", "burned-in/presidio_2_ORIGINAL.dcm"));
        assertThat(outcomes).hasSize(2);
        var ct = stored(outcomes.get(0));
        var burnedIn = ids(outcomes.get(1));

        signIn(researcher, Role.RESEARCHER);
        long course = courses.createCourse("Thorax", "");
        long week1 = courses.addCaseSet(course, CaseSetDraft.titled("Week 1"));
        courses.setCaseSetState(week1, PublicationState.PUBLISHED);
        var enrolled = testUsers.create(Role.STUDENT);
        courses.enrolStudents(course, List.of(enrolled));
        long otherCourse = courses.createCourse("Neuro", "");
        var outsider = testUsers.create(Role.STUDENT);
        courses.enrolStudents(otherCourse, List.of(outsider));
        long ctCase = cases.createCase(week1, CaseContent.titled("Small CT").withStudy(ct.studyInstanceUid()));

        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        var metadata = "/dicomweb/studies/" + ct.studyInstanceUid() + "/metadata";
        // a draft: nobody but authors
        assertThat(status(mvc, get(metadata).with(httpBasic(researcher, TestUsers.PASSWORD))))
                .isEqualTo(200);
        assertThat(status(mvc, get(metadata).with(httpBasic(enrolled, TestUsers.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(mvc, get(metadata))).isEqualTo(403);

        signIn(researcher, Role.RESEARCHER);
        assertThat(cases.publish(ctCase).published()).isTrue();

        var studies = mvc.perform(get("/dicomweb/studies").with(httpBasic(enrolled, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(studies.getStatus()).isEqualTo(200);
        assertThat(studies.getContentAsString()).contains(ct.studyInstanceUid());
        assertThat(status(mvc, get(metadata).with(httpBasic(enrolled, TestUsers.PASSWORD))))
                .isEqualTo(200);
        var frame = "/dicomweb/studies/" + ct.studyInstanceUid() + "/series/" + ct.seriesInstanceUid() + "/instances/"
                + ct.sopInstanceUid() + "/frames/1";
        assertThat(status(mvc, get(frame).with(httpBasic(enrolled, TestUsers.PASSWORD))))
                .isEqualTo(200);

        assertThat(mvc.perform(get("/dicomweb/studies").with(httpBasic(outsider, TestUsers.PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(ct.studyInstanceUid());
        assertThat(status(mvc, get(metadata).with(httpBasic(outsider, TestUsers.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(mvc, get(frame).with(httpBasic(outsider, TestUsers.PASSWORD))))
                .isEqualTo(403);
        // a published case that is not a demo stays closed to guests
        assertThat(status(mvc, get(metadata))).isEqualTo(403);

        // the burned-in sample waits for a researcher before any case showing it can be published
        signIn(researcher, Role.RESEARCHER);
        assertThat(publicationCheck.unconfirmedInstances(List.of(burnedIn.studyInstanceUid())))
                .containsExactly(burnedIn.sopInstanceUid());
        assertThat(outcomes.get(1)).isInstanceOf(IngestOutcome.Stored.class);
        long textCase =
                cases.createCase(week1, CaseContent.titled("Burned-in text").withStudy(burnedIn.studyInstanceUid()));
        var refused = cases.publish(textCase);
        assertThat(refused.published()).isFalse();
        assertThat(refused.unconfirmedInstances()).containsExactly(burnedIn.sopInstanceUid());

        assertThat(review.confirm(burnedIn.sopInstanceUid(), List.of(), researcher))
                .isInstanceOf(ReviewOutcome.Done.class);
        assertThat(cases.publish(textCase).published()).isTrue();
    }

    private List<IngestOutcome> upload(String researcher, byte[] zip) {
        var batch = new UploadBatch(limits);
        var unpacked = batch.add(new IncomingFile("samples.zip", zip));
        assertThat(unpacked.refused()).isEmpty();
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), researcher);
        var outcomes = new ArrayList<IngestOutcome>();
        for (var file : unpacked.files()) {
            outcomes.add(ingestion.ingest(file, settings));
        }
        return outcomes;
    }

    private static byte[] zip(String... samples) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var sample : samples) {
                zip.putNextEntry(new ZipEntry("upload/" + sample));
                zip.write(Files.readAllBytes(SAMPLES.resolve(sample)));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static com.medvisionlab.ingest.ObjectIds stored(IngestOutcome outcome) {
        assertThat(outcome).isInstanceOf(IngestOutcome.Stored.class);
        return ids(outcome);
    }

    private static com.medvisionlab.ingest.ObjectIds ids(IngestOutcome outcome) {
        return switch (outcome) {
            case IngestOutcome.Stored s -> s.ids();
            case IngestOutcome.AlreadyPresent a -> a.ids();
            case IngestOutcome.Quarantined q -> q.ids();
            case IngestOutcome.Rejected r -> throw new AssertionError("rejected: " + r.reason());
        };
    }

    /**
     * Vaadin installs its own strategy per application context; with several cached test contexts the static holder
     * may hold another context's, so sign in through this context's own.
     */
    private SecurityContextHolderStrategy securityContexts() {
        return context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private void signIn(String username, Role role) {
        securityContexts()
                .getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(username, null, role.authorities()));
    }

    private static int status(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
