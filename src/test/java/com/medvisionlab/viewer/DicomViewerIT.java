package com.medvisionlab.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.demo.DemoSeeder;
import com.medvisionlab.demo.phantom.CtPhantom;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
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
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The viewer in a real (headless) Chromium, as a guest on the published demo CT: the first slice is drawn from the
 * raw WADO-RS frames, the mouse wheel and the keyboard move through the stack, and a window preset changes the
 * window and the drawn pixels. Uses the viewer's documented test hooks (data-* attributes on the host).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DicomViewerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    CaseService cases;

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
    void a_guest_sees_the_demo_ct_drawn_scrolls_it_and_a_window_preset_changes_the_pixels() {
        seeder.seedIfFresh();
        var ct = cases.demoCases(CaseFilter.text("ct")).getFirst().content();
        var study = Objects.requireNonNull(ct.studyInstanceUid());
        var series = ct.seriesInstanceUids().getFirst();
        driver = HeadlessChromium.start(temp.resolve("profile"), 900);
        driver.get("http://localhost:" + port + "/viewer?study=" + study + "&series=" + series);

        var viewer = HeadlessChromium.waitFor(driver, By.cssSelector("dicom-viewer[data-rendered='true']"));
        assertThat(viewer.getAttribute("data-image-index")).isEqualTo("0");
        assertThat(viewer.getAttribute("data-image-count")).isEqualTo(String.valueOf(CtPhantom.SLICE_COUNT));
        assertThat(viewer.getAttribute("data-sop-instance-uid")).isNotBlank();
        assertThat(viewer.getAttribute("data-series-instance-uid")).isEqualTo(series);
        long firstSlice = drawnPixels(viewer);
        assertThat(firstSlice).as("a black canvas is not an image").isGreaterThan(0);
        // the page preloaded the series metadata (a <link>) and the viewer took that answer instead of asking again
        assertThat(((JavascriptExecutor) driver)
                        .executeScript("return performance.getEntriesByType('resource')"
                                + ".filter((e) => e.name.endsWith('/metadata')).map((e) => e.initiatorType);"))
                .isEqualTo(java.util.List.of("link"));

        var viewport = viewer.findElement(By.cssSelector(".dv-viewport"));
        new Actions(driver)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(viewport), 0, 120)
                .perform();
        await(() -> !"0".equals(viewer.getAttribute("data-image-index")));
        int afterWheel = Integer.parseInt(viewer.getAttribute("data-image-index"));
        assertThat(afterWheel).isPositive();
        assertThat(viewer.findElement(By.id("dv-slice")).getText())
                .isEqualTo("Image " + (afterWheel + 1) + "/" + CtPhantom.SLICE_COUNT);

        viewport.click();
        viewport.sendKeys(Keys.END);
        await(() -> String.valueOf(CtPhantom.SLICE_COUNT - 1).equals(viewer.getAttribute("data-image-index")));

        long before = drawnPixels(viewer);
        // the file's first window is the lung window; the brain preset is far from it
        new Select(viewer.findElement(By.id("dv-preset"))).selectByValue("brain");
        await(() -> "80".equals(viewer.getAttribute("data-window-width")));
        assertThat(viewer.getAttribute("data-window-center")).isEqualTo("40");
        await(() -> drawnPixels(viewer) != before);
        assertThat(viewer.findElement(By.id("dv-window-text")).getText()).isEqualTo("W 80 L 40");
        assertThat(viewer.findElement(By.id("dv-preset")).getAttribute("aria-label"))
                .isEqualTo("Window preset");
    }

    /** A checksum of the viewer's canvas as drawn (sum of the RGB bytes). */
    private long drawnPixels(WebElement viewer) {
        Object sum = ((JavascriptExecutor) driver).executeScript("""
                        const canvas = arguments[0].querySelector('canvas');
                        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                        let sum = 0;
                        for (let i = 0; i < data.length; i += 4) { sum += data[i] + data[i + 1] + data[i + 2]; }
                        return sum;
                        """, viewer);
        return ((Number) sum).longValue();
    }

    private void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, PATIENCE).until(d -> condition.getAsBoolean());
    }
}
