package com.medvisionlab.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Authoring end to end in a real (headless) Chromium: a researcher creates a course, a case set and a case linked to
 * an indexed study and publishes them; a student joins with the invite code and reads the case; a guest is refused.
 * Skipped when Debian's chromium / chromium-driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ImagingIndex index;

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

    @Test
    void a_researcher_authors_and_publishes_a_case_that_an_enrolled_student_reads_and_a_guest_may_not() {
        var description = "CT chest " + UUID.randomUUID().toString().substring(0, 8);
        var study = Studies.index(index, description);
        var caseTitle = "Pneumothorax " + UUID.randomUUID().toString().substring(0, 8);
        open();

        signIn(testUsers.create(Role.RESEARCHER));
        driver.get(url("authoring/courses"));
        type("new-course-title", "Chest imaging");
        click("create-course");
        waitFor(By.id("course-heading"));
        var courseUrl = driver.getCurrentUrl();
        type("new-case-set-title", "Week 1");
        click("add-case-set");
        waitFor(By.id("case-set-heading"));
        click("case-set-state-toggle");
        waitForText(By.id("case-set-state"), "Published");
        type("new-case-title", caseTitle);
        click("add-case");
        waitFor(By.id("case-heading"));
        var linkId = "link-study-" + study.study().replace('.', '-');
        waitFor(By.id(linkId));
        type("study-search", description);
        // the search may re-render the grid (or not, when the filter keeps the same rows): click whichever button is
        // there until the case shows the linked study
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                // with many studies in the database (PostgreSQL keeps other tests') the row may sit under the header
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                // ... or be a row the filtered grid keeps hidden (zero size) until it re-renders
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    if (d.findElement(By.id("linked-study")).getText().contains(study.study())) {
                        return true;
                    }
                    var link = d.findElement(By.id(linkId));
                    ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
                    link.click();
                    return false;
                });
        typeArea("clinical-history", "**Sudden** dyspnoea <script>alert(1)</script>");
        typeArea("findings", "Absent lung markings | left hemithorax");
        click("case-publication");
        waitForText(By.id("case-state"), "Published");

        driver.get(courseUrl);
        var inviteCode = waitFor(By.id("invite-code")).getText();
        assertThat(inviteCode).hasSize(InviteCode.LENGTH);
        signOut();

        signIn(testUsers.create(Role.STUDENT));
        driver.get(url("my-courses"));
        type("invite-code-input", inviteCode);
        click("join-course");
        var link =
                waitFor(By.xpath("//vaadin-button[starts-with(@id, 'case-link-')][contains(., '" + caseTitle + "')]"));
        var caseUrl = url("case/" + link.getAttribute("id").substring("case-link-".length()));
        link.click();
        waitForText(By.id("case-title-heading"), caseTitle);
        var history = waitFor(By.id("clinical-history-html"));
        assertThat(history.findElements(By.tagName("strong"))).hasSize(1);
        assertThat(history.findElements(By.tagName("script"))).isEmpty();
        waitFor(By.id("reference-hidden"));
        signOut();

        driver.get(caseUrl);
        waitFor(By.id("access-denied"));
    }

    private void open() {
        driver = HeadlessChromium.start(profile.resolve("en"), 2400);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private WebElement waitFor(By locator) {
        return HeadlessChromium.waitFor(driver, locator);
    }

    private void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private void click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    private void type(String fieldId, String text) {
        waitFor(By.cssSelector("#" + fieldId + " input")).sendKeys(text, Keys.TAB);
    }

    private void typeArea(String fieldId, String text) {
        waitFor(By.cssSelector("#" + fieldId + " textarea")).sendKeys(text, Keys.TAB);
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(driver, url(""), username);
    }

    private void signOut() {
        waitFor(By.id("sign-out")).click();
        waitFor(By.id("sign-in"));
    }
}
