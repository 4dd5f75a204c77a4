package com.medvisionlab.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The redaction box editor in a real (headless) Chromium: a researcher draws a box over the name burned into a
 * quarantined image by dragging on it, and the release passes the verification only because of that box.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    RedactionReview review;

    @Autowired
    ImagingIndex index;

    @TempDir
    Path temp;

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
    void a_box_dragged_over_the_burned_in_name_releases_the_quarantined_image() {
        // a fresh SOP Instance UID: the PostgreSQL test database is shared between runs
        var sop = QuarantinedSamples.SOP + "." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        var sample = QuarantinedSamples.withBurnedInName(temp, sop);
        review.quarantine(
                QuarantinedSamples.STUDY,
                QuarantinedSamples.SERIES,
                sop,
                sample.part10(),
                List.of("ingest.reason.burned-in-text"),
                "uploader");
        var base = "http://localhost:" + port + "/";
        driver = HeadlessChromium.start(temp.resolve("profile"), 1200);
        HeadlessChromium.signIn(driver, base, testUsers.create(Role.RESEARCHER));

        driver.get(base + "redaction/review?kind=quarantine&sop=" + sop);
        var editor = HeadlessChromium.waitFor(driver, By.id("redaction-editor"));
        var stage = new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> editor.getShadowRoot().findElement(By.cssSelector("svg")));
        drag(stage, sample.cover());
        driver.findElement(By.id("release")).click();

        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> review.quarantined(sop).orElseThrow().state() == QuarantineState.RELEASED);
        var released = review.quarantined(sop).orElseThrow();
        assertThat(released.boxes()).singleElement().satisfies(box -> {
            var drawn = new Rectangle(box.x(), box.y(), box.width(), box.height());
            assertThat(drawn.contains(sample.text()))
                    .as("%s covers %s", drawn, sample.text())
                    .isTrue();
        });
        assertThat(index.instance(sop)).isPresent();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("quarantine"));
    }

    /** Drags over {@code box} (image pixels) on the editor's stage, however large the image is shown. */
    private void drag(WebElement stage, RedactionBox box) {
        var size = stage.getSize();
        double sx = size.getWidth() / (double) QuarantinedSamples.WIDTH;
        double sy = size.getHeight() / (double) QuarantinedSamples.HEIGHT;
        // offsets are from the element's centre; one pixel outward so rounding cannot shrink the box
        int fromX = (int) Math.floor(box.x() * sx - size.getWidth() / 2.0) - 1;
        int fromY = (int) Math.floor(box.y() * sy - size.getHeight() / 2.0) - 1;
        int toX = (int) Math.ceil((box.x() + box.width()) * sx - size.getWidth() / 2.0) + 1;
        int toY = (int) Math.ceil((box.y() + box.height()) * sy - size.getHeight() / 2.0) + 1;
        new Actions(driver)
                .moveToElement(stage, fromX, fromY)
                .clickAndHold()
                .moveToElement(stage, (fromX + toX) / 2, (fromY + toY) / 2)
                .moveToElement(stage, toX, toY)
                .release()
                .perform();
    }
}
