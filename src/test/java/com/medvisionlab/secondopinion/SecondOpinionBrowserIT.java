package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.demo.phantom.ChestRadiograph;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ask panel in a real (headless) Chromium: a researcher asks about a case whose image went through ingest, and
 * the answer, streamed slowly by {@link OpenAiTestServer} through the real engine, appears piece by piece by server
 * push (the text is seen growing before it is complete), with the notice beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondOpinionBrowserIT {

    private static final OpenAiTestServer SERVER = OpenAiTestServer.start();
    private static final List<String> PIECES =
            List.of("A small ", "left apical ", "pneumothorax ", "and a ", "right upper ", "lobe nodule.");

    @DynamicPropertySource
    static void engineAtTheTestServer(DynamicPropertyRegistry properties) {
        properties.add("medvision.ai.engines.medgemma.base-url", SERVER::baseUrl);
        properties.add("medvision.ai.engines.medgemma.model", () -> OpenAiTestServer.MODEL);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Ingestion ingestion;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @TempDir
    Path profile;

    private WebDriver driver;

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_streamed_answer_appears_in_the_panel_piece_by_piece() {
        var researcher = testUsers.create(Role.RESEARCHER);
        Questions.signInAs(researcher, Role.RESEARCHER);
        long caseId;
        try {
            var phantoms = new PhantomCases(ingestion, courses, cases);
            var image = phantoms.ingest(ChestRadiograph.generate());
            // a history of its own: an identical question asked earlier on the same database (a re-run) would be
            // answered whole from the stored answer, not streamed
            caseId = phantoms.caseOf(
                    phantoms.caseSet("AI panel"),
                    "Chest PA",
                    "Pneumothorax",
                    "Cough for three weeks. Run " + java.util.UUID.randomUUID(),
                    List.of(image),
                    true);
        } finally {
            SecurityContextHolder.clearContext();
        }
        SERVER.answer(PIECES.toArray(String[]::new)).latency(Duration.ofMillis(300), Duration.ofMillis(400));

        driver = HeadlessChromium.start(profile, 900);
        HeadlessChromium.signIn(driver, "http://localhost:" + port + "/", researcher);
        driver.get("http://localhost:" + port + "/ai/ask/" + caseId);
        HeadlessChromium.waitFor(driver, By.id("ai-ask")).click();

        var seen = new ArrayList<String>();
        var complete = String.join("", PIECES);
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50)).until(browser -> {
            var text = browser.findElement(By.id("ai-answer")).getText();
            if (seen.isEmpty() || !seen.getLast().equals(text)) {
                seen.add(text);
            }
            return text.equals(complete);
        });

        var partial = seen.stream()
                .filter(text -> !text.isEmpty() && !text.equals(complete))
                .toList();
        assertThat(partial).as("texts seen before the answer was complete").hasSizeGreaterThanOrEqualTo(2);
        assertThat(partial).allMatch(complete::startsWith);
        assertThat(HeadlessChromium.waitFor(driver, By.id("ai-notice")).getText())
                .contains("education only");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(browser ->
                        browser.findElement(By.id("ai-state")).getText().equals("Answered"));
    }
}
