package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.importing.DemoData;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flows in a real browser (Debian's chromium, headless, driven by Playwright) against the running
 * application with the demo data; each flow saves a screenshot under {@code target/screenshots/}.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFlowTests {

    private static final Path SHOTS = HeadlessChromium.SHOTS;
    private static final String PASSWORD = "browser flows password 1";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    Accounts accounts;

    @Autowired
    RecordStore store;

    @Autowired
    RecordTypes types;

    @Autowired
    org.dadkhah.records.RecordQueries queries;

    @Autowired
    JsonMapper json;

    private HeadlessChromium chromium;
    private Browser browser;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void start() throws Exception {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
        demo.load();
        accounts.create("browser-editor-" + run, Role.EDITOR, PASSWORD);
        accounts.create("browser-viewer-" + run, Role.VIEWER, PASSWORD);
        accounts.create("browser-admin-" + run, Role.ADMIN, PASSWORD);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page login(String who) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", who + "-" + run);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void anEditorReadsPourMohammadisPageInPersianRightToLeftWithBothCalendars() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page login = context.newPage();
        login.navigate(url("/login"));
        shot(login, "01-login");
        context.close();
        Page page = login("browser-editor");
        page.navigate(url("/persons?name=Pour-Mohammadi"));
        page.locator("table a[href='/persons/" + org.dadkhah.importing.DemoData.id("person", "mostafa-pourmohammadi")
                + "']").first().click();
        assertThat(page.locator("h1").innerText()).contains("Pour-Mohammadi");
        shot(page, "02-pour-mohammadi");
        page.selectOption("#pref-lang", "fa");
        page.check("#pref-digits");
        page.click("form[action='/preferences'] button");
        page.waitForLoadState();
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fa");
        assertThat(page.locator("h1").innerText()).contains("پورمحمدی");
        assertThat(page.locator(".timeline .when").first().innerText()).matches("(?s).*[۰-۹]{4}.*\\(.*[۰-۹]{4}.*\\).*");
        shot(page, "03-pour-mohammadi-fa");
        page.selectOption("#pref-lang", "en");
        page.uncheck("#pref-digits");
        page.click("form[action='/preferences'] button");
        page.context().close();
    }

    @Test
    void anEditorRecordsAPersonAndADetentionInMordad1367WithACitationAndFindsItOnTheTimeline() {
        Page page = login("browser-editor");
        String name = "Browser Person " + run;
        page.navigate(url("/persons/new"));
        page.fill("#f-names-0--text", name);
        page.selectOption("#f-names-0--script", "LATIN");
        page.selectOption("#f-names-0--kind", "BIRTH_NAME");
        page.click("form.record-form button[type=submit]");
        page.waitForURL("**/persons/*");
        String personUrl = page.url();
        page.navigate(url("/acts/new"));
        page.selectOption("#f-type", "DETENTION");
        pick(page, "#f-victim", name, run);
        page.fill("#f-date", "مرداد ۱۳۶۷");
        page.locator("#f-date-preview bdi").waitFor();
        assertThat(page.locator("#f-date-preview").innerText()).contains("Mordad 1367").contains("1988-07-23");
        shot(page, "04-detention-form");
        pick(page, "#f-citation-source", "Iran", "Iran");
        page.fill("#f-citation-locator", "paragraph 4");
        page.click("form.record-form button[type=submit]");
        page.waitForURL("**/acts/*");
        page.navigate(personUrl);
        assertThat(page.locator(".timeline").innerText()).contains("Mordad 1367 (Jul–Aug 1988)")
                .contains("Detention");
        page.locator(".timeline details summary").first().click();
        assertThat(page.locator(".timeline details").first().innerText()).contains("paragraph 4");
        shot(page, "05-timeline-with-detention");

        page.navigate(personUrl + "/edit");
        Page stale = page.context().newPage();
        stale.navigate(personUrl + "/edit");
        page.fill("#f-fatherName", "Saved first");
        page.click("form.record-form button[type=submit]");
        page.waitForURL(personUrl);
        stale.fill("#f-fatherName", "Saved second");
        stale.click("form.record-form button[type=submit]");
        assertThat(stale.locator("#form-problem").innerText()).contains("Someone changed this record");
        shot(stale, "06-conflict");

        page.navigate(url("/persons/new"));
        page.fill("#f-names-0--text", "Invalid Date " + run);
        page.selectOption("#f-names-0--script", "LATIN");
        page.selectOption("#f-names-0--kind", "BIRTH_NAME");
        page.fill("#f-birthDate", "Mordad 13x7");
        page.click("form.record-form button[type=submit]");
        assertThat(page.locator("#f-birthDate-error").innerText()).isNotBlank();
        assertThat(page.locator("#f-birthDate").getAttribute("aria-invalid")).isEqualTo("true");
        shot(page, "07-invalid-date");
        page.context().close();
    }

    @Test
    void anEditorRunsAChapmanEstimateFromTheEstimatesPageAndSeesTheChart() {
        Page page = login("browser-editor");
        page.navigate(url("/estimates"));
        page.fill("#e-table", "A,B,count\n1,1,30\n1,0,50\n0,1,25\n");
        page.selectOption("#e-method", "CHAPMAN");
        page.click("form.estimate-form button[type=submit]");
        page.waitForURL("**/estimates/*");
        assertThat(page.locator("table.results").innerText()).contains("chapman");
        double chapman = (80 + 1) * (55 + 1) / (30.0 + 1) - 1;
        assertThat(page.locator("table.results").innerText())
                .contains(String.format(java.util.Locale.ROOT, "%,.1f", chapman));
        page.locator("#estimate-chart canvas").first().waitFor();
        shot(page, "09-chapman-estimate");
        page.navigate(url("/estimates"));
        assertThat(page.locator("table a[href^='/estimates/']").count()).isPositive();
        page.context().close();
    }

    @Test
    void aPlaceShowsItsMarkerOnTheBundledOutlineWithoutTiles() {
        Page page = login("browser-editor");
        UUID iran = queries.list(types.require("places"), Map.of("kind", "COUNTRY"), null, 500, Caller.OPERATOR)
                .items().stream().filter(p -> "Iran".equals(p.get("name"))).map(p -> (UUID) p.get("id")).findFirst()
                .orElseThrow();
        page.navigate(url("/places/" + iran));
        page.locator("#place-map path.leaflet-interactive").first().waitFor();
        assertThat(page.locator("#place-map path.leaflet-interactive").count()).isGreaterThanOrEqualTo(2);
        shot(page, "10-place-map");
        page.context().close();
    }

    @Test
    void aViewerDoesNotSeeARestrictedPersonAnywhere() {
        String secret = "Restricted Zarvani " + run;
        Caller operator = Caller.OPERATOR;
        var body = json.createObjectNode().put("confidentiality", "RESTRICTED");
        body.putArray("names").addObject().put("text", secret).put("script", "LATIN").put("kind", "BIRTH_NAME");
        String id = store.create(types.require("persons"), body, operator).get("id").toString();
        Page page = login("browser-viewer");
        String home = page.content();
        page.navigate(url("/persons?name=Zarvani"));
        String list = page.content();
        page.navigate(url("/pick/persons?field=q&q=Zarvani"));
        String picker = page.content();
        var direct = page.navigate(url("/persons/" + id));
        assertThat(direct.status()).isEqualTo(404);
        assertThat(home + list + picker + page.content()).doesNotContain(secret);
        page.navigate(url("/persons?name=Zarvani"));
        shot(page, "08-viewer-list");
        page.context().close();
    }

    @Test
    void anAdminCreatesAnAccountAndGivesItATokenShownOnce() {
        Page page = login("browser-admin");
        page.navigate(url("/admin/accounts"));
        String username = "created-" + run;
        page.fill("#a-username", username);
        page.selectOption("#a-role", "RESEARCHER");
        page.fill("#a-password", "temporary password " + run);
        page.fill("#a-groups", "lawyers");
        page.click("form.account-form button[type=submit]");
        page.waitForURL("**/admin/accounts/" + username);
        page.click("form.token-form button[type=submit]");
        assertThat(page.locator("code.new-token").innerText()).startsWith("dk_");
        assertThat(accounts.byUsername(username).orElseThrow().groups()).containsExactly("lawyers");
        shot(page, "11-admin-account-token");
        page.context().close();
    }

    @Test
    void anEditorChecksAListOnTheImportPageSeesThePreviewAndImportsIt() throws Exception {
        Path csv = Files.createTempFile("browser-list", ".csv");
        Files.writeString(csv, ImportPageTests.HEADER + "1,علی,مرورگر" + run + ",رضا,1340,مرداد ۱۳۶۷,\n");
        Page page = login("browser-editor");
        page.navigate(url("/imports"));
        page.setInputFiles("#i-file", csv);
        page.fill("#i-mapping", ImportPageTests.MAPPING.formatted(run));
        page.click("form.import-form button[type=submit]");
        page.locator("form.commit-form").waitFor();
        assertThat(page.locator("table.preview").innerText()).contains("Mordad 1367 (Jul–Aug 1988)");
        shot(page, "12-import-preview");
        page.click("form.commit-form button[type=submit]");
        page.locator("a[href^='/sources/']").waitFor();
        assertThat(page.locator(".import-state").innerText()).contains("Imported");
        page.context().close();
        Files.deleteIfExists(csv);
    }

    /**
     * Types into a picker until it offers a choice containing {@code wanted}, and takes that one. A person created a
     * moment ago is found by name once the search index has taken it in (within seconds): until then the picker
     * offers other persons, and taking the first of those recorded the act against someone else.
     */
    private static void pick(Page page, String input, String typed, String wanted) {
        Locator choice = page.locator(input + "-choices option[value*='" + wanted + "']");
        for (int attempt = 0; attempt < 30 && choice.count() == 0; attempt++) {
            page.fill(input, "");
            page.fill(input, typed);
            try {
                choice.first().waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.ATTACHED).setTimeout(1_000));
            } catch (TimeoutError notYet) {
                page.waitForTimeout(500);
            }
        }
        page.fill(input, choice.first().getAttribute("value"));
    }
}
