package com.medvisionlab.base;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.security.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless by its ChromeDriver, started the way this machine allows (no sandbox as root, no
 * background networking: the closed network refuses those connections), for browser tests of any feature.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private HeadlessChromium() {}

    /** Skips the calling test class when the browser is not installed. */
    public static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are needed for browser tests");
    }

    /** A browser speaking American English, with a fresh profile in {@code profile} and a window of that height. */
    public static WebDriver start(Path profile, int windowHeight) {
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
                "--window-size=1280," + windowHeight,
                "--user-data-dir=" + profile,
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    public static WebElement waitFor(WebDriver driver, By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Signs in on the login page of the portal at {@code baseUrl} with the password every test user has. */
    public static void signIn(WebDriver driver, String baseUrl, String username) {
        signIn(driver, baseUrl, username, TestUsers.PASSWORD);
    }

    /** Signs in on the login page of the portal at {@code baseUrl} (ending in "/"). */
    public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "login");
        waitFor(driver, By.id("login-form"));
        waitFor(driver, By.cssSelector("input[name='username']")).sendKeys(username);
        var passwordField = waitFor(driver, By.cssSelector("input[name='password']"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
        waitFor(driver, By.id("sign-out"));
    }
}
