package com.medvisionlab.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.medvisionlab.apitoken.ApiTokenService;
import com.medvisionlab.cli.SyntheticCtSlices;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import com.medvisionlab.security.UserService;
import com.medvisionlab.storage.BlobStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** DICOMweb end to end in the portal (with a stand-in for ingest): security, STOW, QIDO, WADO, audit. */
@SpringBootTest
class DicomWebTest {

    @TestConfiguration
    static class StandInIngest {
        @Bean
        @Primary
        FakeIngestion fakeIngestion(BlobStore blobs, ImagingIndex index) {
            return new FakeIngestion(blobs, index);
        }
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    ImagingIndex index;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @TempDir
    Path slices;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void a_researcher_stores_by_stow_finds_by_qido_and_retrieves_de_identified_by_wado() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        SyntheticCtSlices.write(slices, 3, 16, 16);
        var files = files();

        var stow = mvc.perform(post("/dicomweb/studies")
                        .with(httpBasic(researcher, TestUsers.PASSWORD))
                        .header("Accept", "application/json")
                        .contentType(MULTIPART)
                        .content(multipart(files)))
                .andReturn();
        assertThat(stow.getResponse().getStatus()).isEqualTo(200);
        var stowJson = stow.getResponse().getContentAsString();
        assertThat(stowJson).contains("\"00081199\"").doesNotContain("00081198");
        var study = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1");
        assertThat(stowJson).contains("/dicomweb/studies/" + study);

        var qido = body(mvc.perform(get("/dicomweb/studies")
                        .param("PatientName", "anonymous*")
                        .with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn());
        assertThat(qido).contains(study).contains("ANONYMOUS^PATIENT").doesNotContain("SMITH");

        var series = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1.0.1");
        var instances = body(mvc.perform(get("/dicomweb/studies/" + study + "/series/" + series + "/instances")
                        .with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn());
        assertThat(instances.split("\"00080018\"")).hasSize(4);

        var retrieved = mvc.perform(get("/dicomweb/studies/" + study).with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(retrieved.getStatus()).isEqualTo(200);
        assertThat(retrieved.getContentType()).startsWith("multipart/related; type=\"application/dicom\"");
        var parts = parts(retrieved.getContentAsByteArray(), retrieved.getContentType());
        assertThat(parts).hasSize(3);
        for (var part : parts) {
            var ds = DicomReader.read(new ByteArrayInputStream(part), "part", ReadOptions.defaults())
                    .dataset();
            assertThat(ds.getString(Tags.PatientName)).contains(FakeIngestion.ANONYMOUS_NAME);
            assertThat(ds.getString(Tags.StudyInstanceUID)).contains(study);
        }

        var etag = retrieved.getHeader("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(mvc.perform(get("/dicomweb/studies/" + study)
                                .header("If-None-Match", etag)
                                .with(httpBasic(researcher, TestUsers.PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);

        var sop = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1.0.1.2");
        var instanceUrl = "/dicomweb/studies/" + study + "/series/" + series + "/instances/" + sop;
        var frames = mvc.perform(get(instanceUrl + "/frames/1")
                        .header("Accept", "multipart/related; type=\"application/octet-stream\"")
                        .with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(frames.getStatus()).isEqualTo(200);
        var frame = parts(frames.getContentAsByteArray(), frames.getContentType());
        assertThat(frame).hasSize(1);
        assertThat(frame.getFirst()).hasSize(16 * 16 * 2);
        var original = DicomReader.read(
                        files.get(1), ReadOptions.builder().loadAllValues().build())
                .dataset()
                .getBytes(Tags.PixelData)
                .orElseThrow();
        assertThat(frame.getFirst()).isEqualTo(original);
        // one frame asked for as a bare octet stream (the viewer's request): the pixels alone, same bytes
        var single = mvc.perform(get(instanceUrl + "/frames/1")
                        .header("Accept", "application/octet-stream; transfer-syntax=*")
                        .with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(single.getStatus()).isEqualTo(200);
        assertThat(single.getContentType()).startsWith("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1");
        assertThat(single.getContentAsByteArray()).isEqualTo(original);
        assertThat(single.getHeader("ETag")).isNotEqualTo(frames.getHeader("ETag"));
        assertThat(single.getHeader("Vary")).isEqualTo("Accept");

        var metadata = body(mvc.perform(get(instanceUrl + "/metadata").with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn());
        assertThat(metadata).startsWith("[{").contains("\"00100010\"").doesNotContain("7FE00010");

        assertThat(auditActions(researcher)).contains("DICOMWEB_STORE", "DICOMWEB_SEARCH", "DICOMWEB_RETRIEVE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE details LIKE '%SMITH%' OR target_id LIKE '%7777%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_student_and_a_guest_see_nothing_outside_their_scope() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        SyntheticCtSlices.write(slices, 1, 8, 8);
        mvc.perform(post("/dicomweb/studies")
                        .with(httpBasic(researcher, TestUsers.PASSWORD))
                        .contentType(MULTIPART)
                        .content(multipart(files())))
                .andReturn();
        var study = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1");
        var student = testUsers.create(Role.STUDENT);

        assertThat(body(mvc.perform(get("/dicomweb/studies").with(httpBasic(student, TestUsers.PASSWORD)))
                        .andReturn()))
                .isEqualTo("[]");
        assertThat(status(get("/dicomweb/studies/" + study).with(httpBasic(student, TestUsers.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(get("/dicomweb/studies/1.2.3.4.5.404").with(httpBasic(student, TestUsers.PASSWORD))))
                .isEqualTo(404);
        assertThat(body(mvc.perform(get("/dicomweb/studies")).andReturn())).isEqualTo("[]");
        assertThat(status(get("/dicomweb/studies/" + study + "/metadata"))).isEqualTo(403);
        // a student may not store
        assertThat(status(post("/dicomweb/studies")
                        .with(httpBasic(student, TestUsers.PASSWORD))
                        .contentType(MULTIPART)
                        .content(multipart(files()))))
                .isEqualTo(403);
    }

    /**
     * The viewer on a signed-in page reads with the browser's portal session: a GET carrying the session of a student
     * enrolled in a course whose published case shows the study is answered; the same request without the session is
     * a guest's (403); the session never makes a POST anyone's, and no request of this chain creates a session.
     */
    @Test
    void a_signed_in_students_browser_session_reads_their_course_study_but_never_stores() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        SyntheticCtSlices.write(slices, 1, 8, 8);
        mvc.perform(post("/dicomweb/studies")
                        .with(httpBasic(researcher, TestUsers.PASSWORD))
                        .contentType(MULTIPART)
                        .content(multipart(files())))
                .andReturn();
        var study = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1");
        var student = testUsers.create(Role.STUDENT);
        var contexts = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        contexts.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        researcher, null, Role.RESEARCHER.authorities()));
        try {
            long course = courses.createCourse("Session reading", "");
            long set = courses.addCaseSet(course, CaseSetDraft.titled("Week 1"));
            courses.setCaseSetState(set, PublicationState.PUBLISHED);
            long caseId = cases.createCase(set, CaseContent.titled("Phantom").withStudy(study));
            assertThat(cases.publish(caseId).published()).isTrue();
            courses.enrolStudents(course, List.of(student));
        } finally {
            contexts.clearContext();
        }
        var signedIn = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(student, null, Role.STUDENT.authorities()));
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
        var metadata = "/dicomweb/studies/" + study + "/metadata";

        var read = mvc.perform(get(metadata).session(session)).andReturn();
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getContentAsString()).contains(study);
        assertThat(status(get(metadata))).isEqualTo(403);
        var store = mvc.perform(post("/dicomweb/studies")
                        .session(session)
                        .contentType(MULTIPART)
                        .content(multipart(files())))
                .andReturn();
        assertThat(store.getResponse().getStatus()).isIn(401, 403);
        var guest = mvc.perform(get(metadata)).andReturn();
        assertThat(guest.getRequest().getSession(false)).isNull();
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE actor = :a AND action = 'DICOMWEB_RETRIEVE'")
                        .param("a", student)
                        .query(String.class)
                        .list())
                .anySatisfy(details -> assertThat(details).contains("session"));
    }

    @Test
    void storing_without_credentials_is_challenged_not_redirected() throws Exception {
        var response = mvc.perform(
                        post("/dicomweb/studies").contentType(MULTIPART).content(new byte[0]))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaders("WWW-Authenticate"))
                .anyMatch(h -> h.startsWith("Basic realm="))
                .anyMatch(h -> h.startsWith("Bearer"));
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(status(get("/dicomweb/studies").with(httpBasic("nobody", "wrong-password"))))
                .isEqualTo(401);
    }

    @Test
    void an_account_with_a_one_time_password_is_told_to_change_it_first_in_its_language() throws Exception {
        var student = testUsers.create(Role.STUDENT);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, Role.RESEARCHER.authorities()));
        var oneTime = users.resetPassword(student).value();
        SecurityContextHolder.clearContext();

        var english = mvc.perform(get("/dicomweb/studies").with(httpBasic(student, oneTime)))
                .andReturn()
                .getResponse();
        assertThat(english.getStatus()).isEqualTo(403);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("change your password");
        var chinese = mvc.perform(get("/dicomweb/studies")
                        .header("Accept-Language", "zh-CN")
                        .with(httpBasic(student, oneTime)))
                .andReturn()
                .getResponse();
        assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("修改密码");
    }

    @Test
    void a_personal_token_works_until_it_is_revoked_and_only_its_hash_is_stored() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        researcher, null, Role.RESEARCHER.authorities()));
        var created = tokens.create("orthanc", 30);
        SecurityContextHolder.clearContext();
        var bearer = "Bearer " + created.secret();

        assertThat(status(post("/dicomweb/studies")
                        .header("Authorization", bearer)
                        .contentType(MULTIPART)
                        .content(multipart(List.of()))))
                .isEqualTo(409); // authenticated and allowed to store; nothing in the request to store
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h")
                        .param("h", created.secret())
                        .query(Long.class)
                        .single())
                .isZero();

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        researcher, null, Role.RESEARCHER.authorities()));
        tokens.revoke(created.summary().id());
        SecurityContextHolder.clearContext();
        assertThat(status(get("/dicomweb/studies").header("Authorization", bearer)))
                .isEqualTo(401);
        assertThat(status(get("/dicomweb/studies").header("Authorization", "Bearer mvl_guessed")))
                .isEqualTo(401);
    }

    @Test
    void rendered_frames_and_thumbnails_follow_accept_window_and_viewport_within_the_scope() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        SyntheticCtSlices.write(slices, 3, 16, 32); // stored values 1000..1199, no window in the file
        mvc.perform(post("/dicomweb/studies")
                        .with(httpBasic(researcher, TestUsers.PASSWORD))
                        .contentType(MULTIPART)
                        .content(multipart(files())))
                .andReturn();
        var study = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1");
        var series = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1.0.1");
        var sop = FakeIngestion.newUid("1.2.826.0.1.3680043.9.7777.1.0.1.2");
        var seriesUrl = "/dicomweb/studies/" + study + "/series/" + series;
        var instanceUrl = seriesUrl + "/instances/" + sop;

        var png = image(instanceUrl + "/rendered", "image/png", researcher);
        assertThat(png.getWidth()).isEqualTo(32);
        assertThat(png.getHeight()).isEqualTo(16);
        var defaultGreys = greys(png);
        // without a window the stored range spans the grey scale
        assertThat(defaultGreys).anyMatch(g -> g < 30).anyMatch(g -> g > 225);

        // a narrow window: a quarter of the values lie below it (black), a quarter above (white)
        var narrow = greys(image(instanceUrl + "/frames/1/rendered?window=1100,100,linear", "image/png", researcher));
        assertThat(fraction(narrow, 0)).isBetween(0.15, 0.35);
        assertThat(fraction(narrow, 255)).isBetween(0.15, 0.35);
        // a wide window: every value falls in its middle tenth
        var wide = greys(image(instanceUrl + "/rendered?window=1100,2000", "image/png", researcher));
        assertThat(wide).allMatch(g -> g >= 110 && g <= 145);

        // the viewport keeps the aspect ratio
        var fitted = image(instanceUrl + "/rendered?viewport=16,16", "image/png", researcher);
        assertThat(fitted.getWidth()).isEqualTo(16);
        assertThat(fitted.getHeight()).isEqualTo(8);

        var jpeg = mvc.perform(
                        get(instanceUrl + "/rendered?quality=50").with(httpBasic(researcher, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(jpeg.getStatus()).isEqualTo(200);
        assertThat(jpeg.getContentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg.getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(32);

        var etag = jpeg.getHeader("ETag");
        assertThat(status(get(instanceUrl + "/rendered?quality=50")
                        .header("If-None-Match", etag)
                        .with(httpBasic(researcher, TestUsers.PASSWORD))))
                .isEqualTo(304);
        assertThat(status(get(instanceUrl + "/rendered?quality=60")
                        .header("If-None-Match", etag)
                        .with(httpBasic(researcher, TestUsers.PASSWORD))))
                .isEqualTo(200);

        assertThat(status(get(instanceUrl + "/rendered")
                        .header("Accept", "application/dicom")
                        .with(httpBasic(researcher, TestUsers.PASSWORD))))
                .isEqualTo(406);
        assertThat(status(get(instanceUrl + "/frames/2/rendered").with(httpBasic(researcher, TestUsers.PASSWORD))))
                .isEqualTo(404);
        assertThat(status(get(instanceUrl + "/rendered?window=abc").with(httpBasic(researcher, TestUsers.PASSWORD))))
                .isEqualTo(400);

        // thumbnails: the instance's own rendering, no larger than it is
        var instanceThumbnail = image(instanceUrl + "/thumbnail", "image/png", researcher);
        assertThat(instanceThumbnail.getWidth()).isEqualTo(32);
        assertThat(greys(instanceThumbnail)).isEqualTo(defaultGreys);
        // no thumbnail recorded for the series (the stand-in ingest records none): its representative, rendered
        assertThat(image(seriesUrl + "/thumbnail", "image/png", researcher).getWidth())
                .isEqualTo(32);

        // a recorded thumbnail is sent as it is stored, for the series and for its study
        var recorded = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY);
        var recordedPng = new ByteArrayOutputStream();
        ImageIO.write(recorded, "png", recordedPng);
        blobs.put("thumbnails/test.png", new ByteArrayInputStream(recordedPng.toByteArray()), recordedPng.size());
        index.recordThumbnail(series, new IndexedSeries.Thumbnail("thumbnails/test.png", recordedPng.size()));
        for (var url : List.of(seriesUrl + "/thumbnail", "/dicomweb/studies/" + study + "/thumbnail")) {
            var sent = mvc.perform(
                            get(url).header("Accept", "image/png").with(httpBasic(researcher, TestUsers.PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(sent.getStatus()).isEqualTo(200);
            assertThat(sent.getContentAsByteArray()).isEqualTo(recordedPng.toByteArray());
        }
        var small = image("/dicomweb/studies/" + study + "/thumbnail?viewport=10,10", "image/jpeg", researcher);
        assertThat(small.getWidth()).isEqualTo(10);
        assertThat(small.getHeight()).isEqualTo(5);

        var student = testUsers.create(Role.STUDENT);
        for (var url : List.of(
                instanceUrl + "/rendered",
                instanceUrl + "/frames/1/rendered",
                instanceUrl + "/thumbnail",
                seriesUrl + "/thumbnail",
                "/dicomweb/studies/" + study + "/thumbnail")) {
            assertThat(status(get(url).with(httpBasic(student, TestUsers.PASSWORD))))
                    .as(url)
                    .isEqualTo(403);
            assertThat(status(get(url))).as(url).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :actor AND action = 'DICOMWEB_RETRIEVE'"
                                + " AND details LIKE '%thumbnail%'")
                        .param("actor", researcher.toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    private BufferedImage image(String url, String accept, String user) throws Exception {
        var response = mvc.perform(get(url).header("Accept", accept).with(httpBasic(user, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(accept);
        var image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(image).as(url).isNotNull();
        return image;
    }

    private static List<Integer> greys(BufferedImage image) {
        var greys = new ArrayList<Integer>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                greys.add(image.getRaster().getSample(x, y, 0));
            }
        }
        return greys;
    }

    private static double fraction(List<Integer> greys, int value) {
        return greys.stream().filter(g -> g == value).count() / (double) greys.size();
    }

    static final String BOUNDARY = "test-boundary-1234";
    static final String MULTIPART = "multipart/related; type=\"application/dicom\"; boundary=" + BOUNDARY;

    private List<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(slices)) {
            return list.sorted().toList();
        }
    }

    static byte[] multipart(List<Path> files) throws Exception {
        var out = new ByteArrayOutputStream();
        // a preamble CRLF, as Orthanc sends it
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        for (var file : files) {
            out.write(("--" + BOUNDARY + "\r\nContent-Type: application/dicom\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(Files.readAllBytes(file));
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static List<byte[]> parts(byte[] body, String contentType) throws Exception {
        var boundary = contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        var reader = new MultipartRelatedReader(new ByteArrayInputStream(body), boundary);
        var parts = new ArrayList<byte[]>();
        for (var part = reader.next(); part.isPresent(); part = reader.next()) {
            parts.add(part.get().body());
        }
        return parts;
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String body(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> auditActions(String actor) {
        return jdbc.sql("SELECT action FROM audit_event WHERE actor = :actor ORDER BY id")
                .param("actor", actor.toLowerCase(Locale.ROOT))
                .query(String.class)
                .list();
    }
}
