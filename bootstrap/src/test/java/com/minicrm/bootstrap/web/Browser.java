package com.minicrm.bootstrap.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own ChromeDriver, both named explicitly so Selenium
 * never tries to download a browser, with a fresh profile directory that is removed on close.
 */
public final class Browser implements AutoCloseable {
    public static final int LAPTOP_WIDTH = 1366;
    public static final int LAPTOP_HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("crm-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + LAPTOP_WIDTH + "," + LAPTOP_HEIGHT, "--lang=en-IN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the app. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the condition; elements that htmx swaps out while it is checked are looked up again. */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /**
     * Sets an input's value as a script would and fires its input event: typing into a datetime-local
     * field depends on the browser's locale, so a test that types would pass or fail by machine.
     */
    public void setValue(WebElement input, String value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, value);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Emulates a phone-sized screen (390 × 844, touch) until {@link #laptop()}. */
    public Browser phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    public Browser laptop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return this;
    }

    /** The whole page as a PNG, however long it is. */
    public byte[] fullPageScreenshot() {
        // from the top, so the sticky top bar is drawn where it belongs
        script("window.scrollTo(0, 0)");
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    public byte[] viewportScreenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
