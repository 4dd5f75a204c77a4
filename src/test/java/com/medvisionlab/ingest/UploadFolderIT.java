package com.medvisionlab.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A folder uploaded in a real (headless) Chromium through the "choose folder" input: ChromeDriver hands a directory
 * to a {@code webkitdirectory} input as the browser's picker would. Dropping a folder cannot be driven here (a drop's
 * directory entries come only from the operating system's drag): its traversal is walked here over made-up entries
 * instead, read in batches as Chromium's directory reader gives them.
 * Skipped when Debian's chromium / chromium-driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadFolderIT {

    private static final Path DATA =
            Path.of("target/test-data/upload-folder-" + ProcessHandle.current().pid());

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("medvision.storage.root", () -> DATA.resolve("blobs").toString());
        registry.add(
                "medvision.ingest.deid-secret-file",
                () -> DATA.resolve("deid/secret").toString());
        registry.add(
                "medvision.ingest.deid-mapping-dir",
                () -> DATA.resolve("deid/mappings").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

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
    void a_chosen_folder_is_uploaded_file_by_file_with_its_paths_and_without_its_dot_files() throws IOException {
        Path scan = Files.createDirectories(temp.resolve("folder/scan"));
        Files.createDirectories(scan.resolve("series 1"));
        Files.createDirectories(scan.resolve("series 2"));
        Files.write(scan.resolve("series 1/CT1.dcm"), SyntheticUploads.ct(11).bytes());
        Files.write(scan.resolve("series 1/CT2.dcm"), SyntheticUploads.ct(12).bytes());
        Files.write(scan.resolve("series 2/CT3.dcm"), SyntheticUploads.ct(13).bytes());
        Files.writeString(scan.resolve(".DS_Store"), "Finder's leftovers");

        open();
        signIn(testUsers.create(Role.RESEARCHER));
        driver.get(url("upload"));
        var chooseFolder = waitFor(By.id("choose-folder"));
        assertThat(chooseFolder.getText()).isEqualTo("Choose folder");
        assertThat(chooseFolder.getAttribute("aria-label")).contains("folder");

        driver.findElement(By.id("folder-input")).sendKeys(scan.toString());

        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-counts"), "Stored: 3"));
        // the dot file did go to the server (so its absence below is the server's doing), named by its path
        @SuppressWarnings("unchecked")
        var sent = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('upload').files.map(f => f.name)");
        assertThat(sent)
                .containsExactlyInAnyOrder(
                        "scan/series 1/CT1.dcm", "scan/series 1/CT2.dcm", "scan/series 2/CT3.dcm", "scan/.DS_Store");
        var summary = waitFor(By.id("upload-summary")).getText();
        assertThat(summary)
                .contains("scan/series 1/CT1.dcm", "scan/series 1/CT2.dcm", "scan/series 2/CT3.dcm")
                .doesNotContain(".DS_Store");
        assertThat(driver.findElement(By.id("upload-counts")).getText())
                .contains("Stored: 3", "Quarantined: 0", "Refused: 0");
    }

    /**
     * The drop path's traversal, in the bundled script: a directory of 250 files that its reader gives 100 at a time
     * (as Chromium's does) and a subfolder; every file comes back, named by its path, in directory order.
     */
    @Test
    void a_dropped_directory_is_read_to_the_end_of_its_entries_with_their_paths() {
        open();
        signIn(testUsers.create(Role.RESEARCHER));
        driver.get(url("upload"));
        waitFor(By.id("choose-folder"));

        @SuppressWarnings("unchecked")
        var names = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const file = (path) => ({
                  isFile: true, isDirectory: false, fullPath: path, name: path.split('/').pop(),
                  file: (ok) => setTimeout(() => ok(new File(['x'], path.split('/').pop())))
                });
                const dir = (path, children, batch) => ({
                  isFile: false, isDirectory: true, fullPath: path, name: path.split('/').pop(),
                  createReader: () => {
                    const left = [...children];
                    return { readEntries: (ok) => setTimeout(() => ok(left.splice(0, batch))) };
                  }
                });
                const many = Array.from({ length: 250 }, (_, i) => file('/scan/IM' + String(i).padStart(3, '0')));
                const root = dir('/scan', [...many, dir('/scan/sub', [file('/scan/sub/.DS_Store')], 100)], 100);
                window.medvisionUploadFolders.filesOf(root).then((files) => done(files.map((f) => f.name)));
                """);

        assertThat(names).hasSize(251);
        assertThat(names.subList(0, 3)).containsExactly("scan/IM000", "scan/IM001", "scan/IM002");
        assertThat(names.subList(248, 251)).containsExactly("scan/IM248", "scan/IM249", "scan/sub/.DS_Store");
    }

    private void open() {
        driver = HeadlessChromium.start(temp.resolve("profile"), 900);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private WebElement waitFor(By locator) {
        return HeadlessChromium.waitFor(driver, locator);
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(driver, url(""), username);
    }
}
