package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dadkhah.importing.DemoData;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keyboard use and reading without JavaScript in a real browser (Debian's chromium, headless): the login and person
 * pages are walked with Tab alone, each element reached showing a visible focus indicator, the skip link first on the
 * person page and the citations opened from the keyboard; the person and home pages are read with JavaScript off.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardAndNoScriptTests {

    private static final Path SHOTS = HeadlessChromium.SHOTS;
    private static final String PASSWORD = "keyboard flows password 1";
    private static final String FOCUS = "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            + " const r = e.getBoundingClientRect(); return [e.tagName, e.id || e.getAttribute('href') || e.textContent.trim(),"
            + " (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',"
            + " r.width > 0 && r.height > 0, !!e.closest('main')].join('|'); }";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    Accounts accounts;

    private HeadlessChromium chromium;
    private Browser browser;
    private final String user = "keyboard-" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void start() throws Exception {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
        demo.load();
        accounts.create(user, Role.EDITOR, PASSWORD);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theLoginAndPersonPagesAreUsedWithTheKeyboardAloneWithAVisibleFocus() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
        page.navigate(url("/login"));
        assertThat(focused(page)).startsWith("INPUT|username|true|true");
        page.keyboard().type(user);
        page.keyboard().press("Tab");
        assertThat(focused(page)).startsWith("INPUT|password|true|true");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Tab");
        assertThat(focused(page)).startsWith("INPUT|code|true|true");
        page.keyboard().press("Tab");
        assertThat(focused(page)).startsWith("BUTTON|").contains("|true|true");
        shot(page, "11-login-keyboard-focus");
        page.keyboard().press("Enter");
        page.waitForURL(url("/"));

        page.navigate(url("/persons?name=Pour-Mohammadi"));
        page.navigate(url(page.locator("table a[href='/persons/" + org.dadkhah.importing.DemoData.id("person",
                "mostafa-pourmohammadi") + "']").first().getAttribute("href")));
        page.keyboard().press("Tab");
        assertThat(focused(page)).startsWith("A|#content|true|true");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(focused(page)).as("after the skip link, focus moves into the content").endsWith("|true");
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < 80 && !focused(page).startsWith("SUMMARY"); i++) {
            walked.add(focused(page));
            page.keyboard().press("Tab");
        }
        walked.add(focused(page));
        assertThat(walked).allSatisfy(f -> assertThat(f).as("focus indicator and visibility of " + f).contains("|true|true"));
        assertThat(focused(page)).startsWith("SUMMARY");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.parentElement.open")).isEqualTo(true);
        shot(page, "12-person-keyboard-citations");
        page.context().close();
    }

    @Test
    void thePersonAndHomePagesReadWithoutJavaScript() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setJavaScriptEnabled(false))
                .newPage();
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        assertThat(page.locator(".acts-table table tbody tr").count()).isPositive();
        assertThat(page.locator(".recent li").count()).isPositive();
        page.navigate(url("/persons?name=Pour-Mohammadi"));
        page.navigate(url(page.locator("table a[href='/persons/" + org.dadkhah.importing.DemoData.id("person",
                "mostafa-pourmohammadi") + "']").first().getAttribute("href")));
        assertThat(page.locator(".timeline .when").first().innerText()).containsPattern("13[0-9]{2}.*\\(.*19[0-9]{2}");
        assertThat(page.locator(".gantt rect.gantt-fill").count()).isPositive();
        page.locator(".timeline details summary").first().click();
        assertThat(page.locator(".timeline details").first().innerText()).isNotBlank();
        shot(page, "13-person-without-javascript");
        page.context().close();
    }

    private static String focused(Page page) {
        return String.valueOf(page.evaluate(FOCUS));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
