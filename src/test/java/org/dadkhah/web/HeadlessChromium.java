package org.dadkhah.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven headless by Playwright, as the browser tests use it (no browser download), with the
 * folder their screenshots go to.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true));
    }

    /** Starts the browser; skips the calling tests when Chromium is not installed. */
    static HeadlessChromium start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is needed (.ci/run installs it)");
        Files.createDirectories(SHOTS);
        return new HeadlessChromium();
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        playwright.close();
    }
}
