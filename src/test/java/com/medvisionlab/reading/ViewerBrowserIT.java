package com.medvisionlab.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.demo.DemoSeeder;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case page's viewer in a real (headless) Chromium on the seeded demo CT phantom, whose geometry and HU are
 * known ({@link CtPhantom}): it opens at the case's first key image, scrolls to a given slice, windows as the window
 * says (pixels read back from the canvas), measures a known length within 1 % and a known mean HU in an ROI; an
 * instructor's saved annotation comes back after a reload and a guest sees it on the demo case, but never a draft
 * case. Skipped when Debian's chromium / chromium-driver are not installed.
 *
 * <p>Image coordinates to the screen: after the viewer's Reset the image is fitted and centred in {@code
 * .dv-viewport} at {@code data-zoom} CSS pixels per image pixel (the viewer's documented hooks), so image point (x, y)
 * lies at offset ((x - columns/2) * zoom, (y - rows/2) * zoom) from the viewport's centre, which is where Selenium's
 * element offsets start. Phantom millimetres become image pixels by {@link #imageX} and {@link #imageY}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewerBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    CaseService cases;

    @Autowired
    CourseService courses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path profile;

    private WebDriver driver;

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The English demo CT case (seeded once); its key images are the lesions' slices, solid nodule first. */
    private CaseView demoCt() {
        seeder.seedIfFresh();
        return cases.demoCases(CaseFilter.text("Incidental lung nodules")).getFirst();
    }

    @Test
    void a_guest_scrolls_windows_and_measures_the_demo_ct_phantom_as_its_constants_say() {
        var ct = demoCt();
        var keyImages = ct.content().keyImageUids();
        driver = HeadlessChromium.start(profile.resolve("guest"), 1600);
        driver.get(url("case/" + ct.id()));
        var viewer = rendered();

        // opens at the first key image: the solid nodule's slice
        waitForAttribute(viewer, "data-sop-instance-uid", keyImages.get(0));
        int nodule = Integer.parseInt(viewer.getAttribute("data-image-index"));
        assertThat(nodule).isEqualTo(sliceOf(lesion("rul-solid-nodule").zMm()));

        // scroll down to the granuloma's slice, one image per key press
        int granuloma = sliceOf(lesion("lul-calcified-granuloma").zMm());
        focus(viewport());
        for (int i = nodule + 1; i <= granuloma; i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            waitForAttribute(viewer, "data-image-index", Integer.toString(i));
        }
        assertThat(viewer.getAttribute("data-sop-instance-uid")).isEqualTo(keyImages.get(2));
        waitForAttribute(viewer, "data-rendered", "true");

        // windowing: lung is below the soft-tissue window (black), soft tissue in it (mid grey); the lung window
        // lifts lung to a third of the grey scale and soft tissue near white
        click("dv-reset");
        choosePreset(viewer, "soft-tissue", 40, 400);
        double lungSoft = grey(CtPhantom.LUNG_CENTRE_X_MM, CtPhantom.LUNG_CENTRE_Y_MM);
        double tissueSoft = grey(0, -50);
        choosePreset(viewer, "lung", -600, 1500);
        double lungLung = grey(CtPhantom.LUNG_CENTRE_X_MM, CtPhantom.LUNG_CENTRE_Y_MM);
        double tissueLung = grey(0, -50);
        assertThat(lungSoft).isLessThan(8);
        assertThat(tissueSoft).isCloseTo(expectedGrey(CtPhantom.SOFT_TISSUE_HU, 40, 400), within(15.0));
        assertThat(lungLung).isCloseTo(expectedGrey(CtPhantom.LUNG_HU, -600, 1500), within(15.0));
        assertThat(tissueLung).isCloseTo(expectedGrey(CtPhantom.SOFT_TISSUE_HU, -600, 1500), within(15.0));

        // the body's width, from its edge on the right to its edge on the left, within 1 %
        double body = 2 * CtPhantom.BODY_HALF_WIDTH_MM;
        click("dv-tool-Length");
        drag(imageX(-CtPhantom.BODY_HALF_WIDTH_MM), imageY(0), imageX(CtPhantom.BODY_HALF_WIDTH_MM), imageY(0));
        var length = lastMeasurement(viewer);
        assertThat(length.get("unit")).isEqualTo("mm");
        assertThat(((Number) length.get("value")).doubleValue()).isCloseTo(body, within(body / 100));

        // an elliptical ROI well inside the left lung: its mean is the lung's HU (noise averages out). Dragged from
        // the lung's centre 15 mm out, so the ellipse stays inside the lung (and 30 mm from the granuloma) whether
        // the drag spans its bounding box or its radius
        click("dv-tool-EllipticalROI");
        double x = CtPhantom.LUNG_CENTRE_X_MM;
        double y = CtPhantom.LUNG_CENTRE_Y_MM;
        drag(imageX(x), imageY(y), imageX(x + 15), imageY(y + 15));
        var roi = lastMeasurement(viewer);
        assertThat(roi.get("unit")).isEqualTo("HU");
        assertThat(((Number) roi.get("value")).doubleValue()).isCloseTo(CtPhantom.LUNG_HU, within(10.0));
    }

    @Test
    void an_instructors_saved_annotation_comes_back_after_a_reload_and_a_guest_sees_it_but_not_a_draft_case() {
        var ct = demoCt();
        // the demo case lives as long as the database: a run before this one (same PostgreSQL database) may have left
        // its drawing where this test draws, and the drag would then move that one instead of drawing anew
        jdbc.sql("DELETE FROM annotation WHERE case_id = :id AND submission_id IS NULL")
                .param("id", ct.id())
                .update();
        long draftCase = draftCase();
        driver = HeadlessChromium.start(profile.resolve("instructor"), 1600);
        var instructor = testUsers.create(Role.RESEARCHER);
        HeadlessChromium.signIn(driver, url(""), instructor);
        driver.get(url("case/" + ct.id()));
        var viewer = rendered();
        click("dv-reset");
        click("dv-tool-Length");
        drag(imageX(-100), imageY(40), imageX(100), imageY(40));
        lastMeasurement(viewer);

        // the drawing reaches the server shortly after it is made: save until it is stored
        new WebDriverWait(driver, PATIENCE).until(d -> {
            click("save-annotations");
            HeadlessChromium.waitFor(driver, By.xpath("//vaadin-notification-card[contains(., 'Annotations saved.')]"));
            return instructorAnnotations(ct.id()) > 0;
        });

        driver.navigate().refresh();
        viewer = rendered();
        var shown = annotationsProperty(viewer, "annotations");
        assertThat(shown).anySatisfy(a -> assertThat(a.get("kind")).isEqualTo("LENGTH"));
        // the viewer read the images over DICOMweb as the signed-in instructor, known by the portal session
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE actor = :a AND action = 'DICOMWEB_RETRIEVE'")
                        .param("a", instructor)
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .allSatisfy(details -> assertThat(details).contains("session"));
        waitFor(By.id("sign-out")).click();
        waitFor(By.id("sign-in"));

        driver.get(url("case/" + ct.id()));
        viewer = rendered();
        assertThat(annotationsProperty(viewer, "fixedAnnotations"))
                .anySatisfy(a -> assertThat(a.get("kind")).isEqualTo("LENGTH"));
        assertThat(driver.findElements(By.id("save-annotations"))).isEmpty();

        driver.get(url("case/" + draftCase));
        waitFor(By.id("access-denied"));
    }

    /** A draft case in a course of its own, linked to the demo CT study. */
    private long draftCase() {
        var contexts = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        contexts.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        testUsers.create(Role.RESEARCHER), null, Role.RESEARCHER.authorities()));
        try {
            long course = courses.createCourse("Draft course", "");
            long set = courses.addCaseSet(course, CaseSetDraft.titled("Unpublished"));
            var study = demoCt().content().studyInstanceUid();
            return cases.createCase(set, CaseContent.titled("Not yet").withStudy(study));
        } finally {
            contexts.clearContext();
        }
    }

    private long instructorAnnotations(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM annotation WHERE case_id = :id AND submission_id IS NULL")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    // --- phantom geometry: millimetres (patient x, y) to image pixels (origin at the top-left pixel's corner) ---

    private static double imageX(double xMm) {
        return CtPhantom.COLUMNS / 2.0 + xMm / CtPhantom.PIXEL_SPACING_MM;
    }

    private static double imageY(double yMm) {
        return CtPhantom.ROWS / 2.0 + yMm / CtPhantom.PIXEL_SPACING_MM;
    }

    private static int sliceOf(double zMm) {
        return (int) Math.round((CtPhantom.TOP_Z_MM - zMm) / CtPhantom.SLICE_SPACING_MM);
    }

    private static com.medvisionlab.demo.phantom.Lesion lesion(String id) {
        return CtPhantom.LESIONS.stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The 8-bit grey PS3.3 C.11.2.1.2.1's linear window gives a value. */
    private static double expectedGrey(double hu, double center, double width) {
        double low = center - 0.5 - (width - 1) / 2;
        double high = center - 0.5 + (width - 1) / 2;
        if (hu <= low) {
            return 0;
        }
        if (hu > high) {
            return 255;
        }
        return ((hu - (center - 0.5)) / (width - 1) + 0.5) * 255;
    }

    // --- the viewer through its hooks ---

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private WebElement waitFor(By locator) {
        return HeadlessChromium.waitFor(driver, locator);
    }

    private WebElement rendered() {
        WebElement viewer;
        try {
            viewer = new WebDriverWait(driver, PATIENCE)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#case-viewer[data-rendered='true']")));
        } catch (org.openqa.selenium.TimeoutException notDrawn) {
            keepPageForDiagnosis();
            throw notDrawn;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", viewer);
        return viewer;
    }

    /** What the browser showed when the viewer did not draw, beside the failsafe reports. */
    private void keepPageForDiagnosis() {
        try {
            var dir = java.nio.file.Files.createDirectories(Path.of("target", "failsafe-reports"));
            java.nio.file.Files.writeString(dir.resolve("ViewerBrowserIT-page.html"), driver.getPageSource());
            var logs = driver.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .getAll();
            java.nio.file.Files.writeString(dir.resolve("ViewerBrowserIT-console.txt"), logs.toString());
        } catch (java.io.IOException | RuntimeException ignored) {
            // diagnosis only: the timeout itself is what fails the test
        }
    }

    private WebElement viewport() {
        return driver.findElement(By.cssSelector("#case-viewer .dv-viewport"));
    }

    private void waitForAttribute(WebElement element, String attribute, String value) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.attributeToBe(element, attribute, value));
    }

    private void click(String id) {
        new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    private void focus(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", element);
    }

    private void choosePreset(WebElement viewer, String preset, int center, int width) {
        new Select(driver.findElement(By.id("dv-preset"))).selectByValue(preset);
        waitForAttribute(viewer, "data-window-center", Integer.toString(center));
        waitForAttribute(viewer, "data-window-width", Integer.toString(width));
        waitForAttribute(viewer, "data-rendered", "true");
    }

    private double zoom() {
        return Double.parseDouble(driver.findElement(By.id("case-viewer")).getAttribute("data-zoom"));
    }

    /** Selenium's element offsets start at the element's centre, where the fitted image's centre lies. */
    private int offsetX(double imageX) {
        return (int) Math.round((imageX - CtPhantom.COLUMNS / 2.0) * zoom());
    }

    private int offsetY(double imageY) {
        return (int) Math.round((imageY - CtPhantom.ROWS / 2.0) * zoom());
    }

    private void drag(double fromX, double fromY, double toX, double toY) {
        var viewport = viewport();
        new Actions(driver)
                .moveToElement(viewport, offsetX(fromX), offsetY(fromY))
                .clickAndHold()
                .moveToElement(viewport, offsetX((fromX + toX) / 2), offsetY((fromY + toY) / 2))
                .moveToElement(viewport, offsetX(toX), offsetY(toY))
                .release()
                .perform();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastMeasurement(WebElement viewer) {
        var before = viewer.getAttribute("data-last-measurement");
        new WebDriverWait(driver, PATIENCE).until(d -> {
            var now = viewer.getAttribute("data-last-measurement");
            return now != null && !now.equals(before) ? now : null;
        });
        return JSON.readValue(viewer.getAttribute("data-last-measurement"), Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> annotationsProperty(WebElement viewer, String property) {
        var json = (String)
                ((JavascriptExecutor) driver).executeScript("return arguments[0][arguments[1]]", viewer, property);
        return JSON.readValue(json, List.class);
    }

    /**
     * The mean grey (red channel) of a 5x5 block of the viewport canvas around a phantom point (mm), read back
     * through the 2D context the viewer draws into.
     */
    private double grey(double xMm, double yMm) {
        var script = """
                const viewport = arguments[0], dx = arguments[1], dy = arguments[2];
                const canvas = viewport.querySelector('canvas');
                const box = canvas.getBoundingClientRect(), host = viewport.getBoundingClientRect();
                const cx = (host.left + host.width / 2 + dx - box.left) * canvas.width / box.width;
                const cy = (host.top + host.height / 2 + dy - box.top) * canvas.height / box.height;
                const data = canvas.getContext('2d').getImageData(Math.round(cx) - 2, Math.round(cy) - 2, 5, 5).data;
                let sum = 0;
                for (let i = 0; i < data.length; i += 4) sum += data[i];
                return sum / (data.length / 4);
                """;
        double dx = (imageX(xMm) - CtPhantom.COLUMNS / 2.0) * zoom();
        double dy = (imageY(yMm) - CtPhantom.ROWS / 2.0) * zoom();
        return ((Number) ((JavascriptExecutor) driver).executeScript(script, viewport(), dx, dy)).doubleValue();
    }
}
