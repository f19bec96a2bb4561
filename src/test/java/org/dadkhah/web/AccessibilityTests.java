package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dadkhah.importing.DemoData;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accessibility checks that need no browser: every field of every page (login, home, each list and form, the person
 * page, estimates) has a label, every page has a language, one main heading and a skip link to its content, images
 * and charts have a text alternative, and the stylesheet's colours meet WCAG AA contrast (text 4.5:1, focus outline
 * and chart bars 3:1). {@code BrowserFlowTests} tabs through the login and person pages and reads them without
 * JavaScript.
 */
class AccessibilityTests extends PageTest {

    private static final String PAGE = "#fafaf7";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,6}\\b");

    @Autowired
    RecordTypes types;

    @Autowired
    DemoData demo;

    @Test
    void everyFieldOnEveryPageHasALabelAndEveryPageAHeadingAndALanguage() throws Exception {
        demo.load();
        List<String> pages = new ArrayList<>(List.of("/", "/estimates", pourMohammadi()));
        for (RecordType type : types.all()) {
            pages.add("/" + type.path());
            pages.add("/" + type.path() + "/new");
        }
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            problems.addAll(problems(path, Jsoup.parse(body(path, Role.ADMIN))));
        }
        var login = mvc.perform(get("/login")).andReturn().getResponse();
        login.setCharacterEncoding("UTF-8");
        problems.addAll(problems("/login", Jsoup.parse(login.getContentAsString())));
        assertThat(problems).isEmpty();
    }

    @Test
    void theStylesheetsColoursMeetWcagAaContrast() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/static/css/dadkhah.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        for (String rule : css.split("}")) {
            Matcher text = Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{3,6})").matcher(rule);
            while (text.find()) {
                for (String background : List.of(PAGE, "#ffffff", "#f3f3ef")) {
                    if (contrast(text.group(1), background) < 4.5) {
                        problems.add(rule.strip() + ": text " + text.group(1) + " on " + background);
                    }
                }
            }
        }
        Matcher focus = Pattern.compile(":focus-visible \\{ outline: 3px solid (#[0-9a-fA-F]{6})").matcher(css);
        assertThat(focus.find()).as("a visible focus outline").isTrue();
        if (contrast(focus.group(1), PAGE) < 3) {
            problems.add("focus outline " + focus.group(1));
        }
        String bar = colourOf(css, ".gantt-fill:not([fill]) {");
        String track = colourOf(css, ".gantt-track {");
        String template;
        try (InputStream in = getClass().getResourceAsStream("/templates/person.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> paints = new ArrayList<>(List.of(bar));
        Matcher painted = Pattern.compile("(?:stop-color|fill)=\"(#[0-9a-fA-F]{6})\"").matcher(
                template.substring(template.indexOf("class=\"gantt-paints\""), template.indexOf("</defs>")));
        while (painted.find()) {
            paints.add(painted.group(1));
        }
        assertThat(paints).as("the solid bar and the paints of open ones").hasSizeGreaterThanOrEqualTo(4);
        for (String fill : paints) {
            if (contrast(fill, track) < 3 || contrast(fill, PAGE) < 3) {
                problems.add("gantt bar " + fill + " on " + track);
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> problems(String path, Document page) {
        List<String> problems = new ArrayList<>();
        if (page.select("html[lang]").isEmpty()) {
            problems.add(path + ": no lang");
        }
        if (page.select("h1").size() != 1) {
            problems.add(path + ": " + page.select("h1").size() + " main headings");
        }
        if (!path.equals("/login") && page.select("a[href=#content]").isEmpty()) {
            problems.add(path + ": no skip link");
        }
        if (page.select("#content").isEmpty()) {
            problems.add(path + ": no #content");
        }
        for (Element field : page.select("input, select, textarea")) {
            String kind = field.attr("type");
            if (kind.equals("hidden") || kind.equals("submit") || kind.equals("button")) {
                continue;
            }
            boolean labelled = !field.attr("aria-label").isBlank() || !field.attr("aria-labelledby").isBlank()
                    || (!field.id().isBlank() && !page.select("label[for=" + field.id() + "]").text().isBlank())
                    || !field.parents().select("label").isEmpty();
            if (!labelled) {
                problems.add(path + ": no label for " + field.tagName() + " " + field.attr("name"));
            }
        }
        for (Element button : page.select("button")) {
            if (button.text().isBlank() && button.attr("aria-label").isBlank()) {
                problems.add(path + ": a button without a name");
            }
        }
        for (Element image : page.select("img, [role=img]")) {
            if (image.attr("alt").isBlank() && image.attr("aria-label").isBlank()) {
                problems.add(path + ": an image without a text alternative");
            }
        }
        return problems;
    }

    private String pourMohammadi() throws Exception {
        Matcher link = Pattern.compile("href=\"(/persons/[0-9a-f-]{36})\"")
                .matcher(body("/persons?name=Pour-Mohammadi", Role.ADMIN));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String colourOf(String css, String selector) {
        Matcher m = COLOUR.matcher(css.substring(css.indexOf(selector)));
        assertThat(m.find()).as(selector).isTrue();
        return m.group();
    }

    /** The WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
