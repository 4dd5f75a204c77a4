package com.medvisionlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal in a real (headless) Chromium: sign-in page in both languages, each role's navigation, sign-out.
 * Skipped when Debian's chromium / chromium-driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    // The disclaimer as the issue words it: an oracle independent of the message files.
    private static final String DISCLAIMER_EN = "For education and research only. Not for clinical use.";
    private static final String DISCLAIMER_ZH = "仅供教学与科研使用，不得用于临床诊断。";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path profile;

    private WebDriver driver;

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are needed for browser tests");
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriver open(String language) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.resolve(language),
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private List<String> navigation() {
        waitFor(By.id("main-nav"));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList();
    }

    private void signIn(String username) {
        signIn(username, TestUsers.PASSWORD);
    }

    private void signIn(String username, String passwordText) {
        driver.get(url("login"));
        waitFor(By.id("login-form"));
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        var password = waitFor(By.cssSelector("input[name='password']"));
        password.sendKeys(passwordText);
        password.sendKeys(Keys.ENTER);
        waitFor(By.id("sign-out"));
    }

    private void type(String fieldId, String text) {
        waitFor(By.cssSelector("#" + fieldId + " input")).sendKeys(text);
    }

    private void signOut() {
        waitFor(By.id("sign-out")).click();
        waitFor(By.id("sign-in"));
    }

    @Test
    void sign_in_page_renders_in_english_with_the_disclaimer() {
        open("en-US").get(url("login"));
        waitFor(By.id("login-form"));
        waitForText(By.id("disclaimer"), DISCLAIMER_EN);
        assertThat(driver.findElement(By.id("browse-as-guest")).getText()).isEqualTo("Browse demo cases as a guest");
    }

    @Test
    void sign_in_page_renders_in_chinese_for_a_chinese_browser() {
        open("zh-CN").get(url("login"));
        waitFor(By.id("login-form"));
        waitForText(By.id("disclaimer"), DISCLAIMER_ZH);
        assertThat(driver.findElement(By.id("browse-as-guest")).getText()).isEqualTo("以访客身份浏览示例病例");
    }

    @Test
    void a_guest_sees_the_public_start_page_only() {
        open("en-US").get(url(""));
        waitFor(By.id("home-heading"));
        assertThat(navigation()).containsExactly("Home", "Demo cases");
        assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("Browsing as guest");
        waitForText(By.id("disclaimer"), DISCLAIMER_EN);

        driver.get(url("admin/audit"));
        waitFor(By.id("login-form"));
    }

    @Test
    void a_student_sees_no_admin_pages_and_a_denial_is_audited() {
        var student = testUsers.create(Role.STUDENT);
        open("en-US");
        signIn(student);
        assertThat(navigation()).containsExactly("Home", "Demo cases", "My courses", "API tokens");
        assertThat(driver.findElement(By.id("current-user")).getText()).contains(student);

        driver.get(url("admin/users"));
        waitFor(By.id("access-denied"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = 'ACCESS_DENIED'")
                        .param("a", student)
                        .query(Long.class)
                        .single())
                .isPositive();

        signOut();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE actor = :a ORDER BY id")
                        .param("a", student)
                        .query(String.class)
                        .list())
                .containsSubsequence("SIGN_IN", "SIGN_OUT");
    }

    @Test
    void a_researcher_manages_users_and_verifies_the_audit_chain_in_chinese() {
        var researcher = testUsers.create(Role.RESEARCHER);
        open("zh-CN");
        signIn(researcher);
        assertThat(navigation())
                .containsExactly(
                        "首页", "示例病例", "我的课程", "课程管理", "上传", "隔离区", "待确认的遮盖", "病例集交换", "AI 分类模型", "AI 提示词", "AI 批量验证",
                        "API 令牌", "用户管理", "审计日志");

        driver.get(url("admin/audit"));
        waitFor(By.id("verify-chain")).click();
        waitForText(By.id("verify-result"), "哈希链完整");
        waitForText(By.id("disclaimer"), DISCLAIMER_ZH);

        signOut();
    }

    @Test
    void a_created_user_must_replace_the_one_time_password_at_first_sign_in() {
        var researcher = testUsers.create(Role.RESEARCHER);
        var newcomer = "newcomer-" + Long.toHexString(System.nanoTime());
        open("en-US");
        signIn(researcher);
        driver.get(url("admin/users"));
        type("new-username", newcomer);
        waitFor(By.id("create-user")).click();
        var oneTimePassword = waitFor(By.id("one-time-password")).getText();
        assertThat(oneTimePassword).hasSize(16);
        driver.get(url(""));
        signOut();

        signIn(newcomer, oneTimePassword);
        waitFor(By.id("change-password-heading"));
        driver.get(url(""));
        waitFor(By.id("change-password-heading"));
        assertThat(driver.findElements(By.id("home-heading"))).isEmpty();
        type("current-password", oneTimePassword);
        type("new-password", "my-own-long-passphrase");
        type("repeat-password", "my-own-long-passphrase");
        waitFor(By.id("save-password")).click();
        waitFor(By.id("home-heading"));
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_id = :u ORDER BY id")
                        .param("u", newcomer)
                        .query(String.class)
                        .list())
                .containsExactly("USER_CREATED", "PASSWORD_CHANGED");
    }

    @Test
    void the_language_switcher_turns_the_page_chinese_and_remembers_it() {
        open("en-US").get(url("login"));
        waitForText(By.id("disclaimer"), DISCLAIMER_EN);
        waitFor(By.id("language-switcher")).click();
        waitFor(By.xpath("//vaadin-select-item[contains(., '简体中文')]")).click();
        waitForText(By.id("disclaimer"), DISCLAIMER_ZH);

        driver.get(url(""));
        waitForText(By.id("disclaimer"), DISCLAIMER_ZH);
    }
}
