package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.dadkhah.importing.DemoData;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class PagesTests extends PageTest {

    @Autowired
    DemoData demo;

    @Autowired
    RecordTypes types;

    @Test
    void everyRecordTypeAndFieldHasALabelInTheMessages() throws Exception {
        Set<String> english = MessagesTests.keys("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (RecordType type : types.all()) {
            missing.add("type." + type.path());
            type.fields().forEach(f -> missing.add("field." + f.json()));
            type.children().forEach(c -> {
                missing.add("field." + c.json());
                c.fields().forEach(f -> missing.add("field." + f.json()));
            });
        }
        missing.removeAll(english);
        assertThat(missing).isEmpty();
    }

    @Test
    void theLoginPageIsOursInEnglishAndInPersianRightToLeft() throws Exception {
        var english = mvc.perform(get("/login")).andReturn().getResponse();
        english.setCharacterEncoding("UTF-8");
        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getContentAsString()).contains("lang=\"en\"").contains("dir=\"ltr\"")
                .contains("name=\"username\"").contains("name=\"password\"").contains("name=\"code\"")
                .contains("name=\"_csrf\"").contains("Log in");
        var persian = mvc.perform(get("/login").header("Accept-Language", "fa-IR,fa;q=0.9,en;q=0.5")).andReturn()
                .getResponse();
        persian.setCharacterEncoding("UTF-8");
        assertThat(persian.getContentAsString()).contains("<html lang=\"fa\" dir=\"rtl\"")
                .containsPattern("bootstrap\\.rtl\\.min-[0-9a-f]{32}\\.css").contains("ورود");
    }

    @Test
    void pagesNeedALoggedInSession() throws Exception {
        for (String path : new String[] {"/", "/persons", "/events", "/claims"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).as(path).endsWith("/login");
        }
    }

    @Test
    void theOpenApiDescriptionHoldsTheApiButNotThePages() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/persons").doesNotContain("\"/persons/{id}").doesNotContain("/preferences")
                .doesNotContain("/date-preview").doesNotContain("\"/login\"");
    }

    @Test
    void theBundledFontStylesAndScriptsAreServedWithoutLogin() throws Exception {
        for (String path : new String[] {"/fonts/Vazirmatn-Regular.woff2", "/fonts/OFL.txt", "/css/dadkhah.css",
                "/webjars/bootstrap/css/bootstrap.rtl.min.css", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void thePlacePageDrawsTheBundledProvincesOfIranServedWithoutLogin() throws Exception {
        String file = "/map/iran-provinces.geojson";
        var served = mvc.perform(get(file)).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        var provinces = json.readTree(served.getContentAsByteArray());
        assertThat(provinces.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(provinces.get("features")).hasSize(31);
        Set<String> names = new TreeSet<>();
        provinces.get("features").forEach(f -> names.add(f.get("properties").get("name").asString()));
        assertThat(names).hasSize(31).contains("Tehran", "Khuzestan", "Sistan and Baluchestan", "Alborz");
        demo.load();
        String place = body("/places/" + DemoData.id("place", "iran"), Role.VIEWER);
        var outline = java.util.regex.Pattern.compile("data-outline=\"(/map/iran-provinces-[0-9a-f]{32}\\.geojson)\"")
                .matcher(place);
        assertThat(outline.find()).as("the outline linked by its content-hashed address").isTrue();
        assertThat(mvc.perform(get(outline.group(1))).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(served.getContentAsByteArray());
    }

    @Test
    void pourMohammadisPageShowsHisNamesInBothScriptsAndDatesInBothCalendars() throws Exception {
        demo.load();
        String list = body("/persons?name=Pour-Mohammadi", Role.ADMIN);
        String href = "/persons/" + org.dadkhah.importing.DemoData.id("person", "mostafa-pourmohammadi");
        assertThat(list).contains("href=\"" + href + "\"");
        String page = body(href, Role.ADMIN);
        assertThat(page).contains("Pour-Mohammadi").contains("پورمحمدی").contains("timeline")
                .containsPattern("13[0-9]{2}[^<]*\\(19[0-9]{2}");
    }

    @Test
    void theMassacresPageShowsEachFigureClaimWithItsSourceNeverMerged() throws Exception {
        demo.load();
        String list = body("/claims?subjectType=EVENT&counted=EXECUTED", Role.ADMIN);
        var claim = java.util.regex.Pattern.compile("href=\"(/claims/[0-9a-f-]{36})\"").matcher(list);
        assertThat(claim.find()).isTrue();
        String subject = getJson("/api/v1" + claim.group(1), admin()).body().get("subjectId").asString();
        String page = body("/events/" + subject, Role.ADMIN);
        String claims = page.substring(page.indexOf("<table class=\"table table-sm claims\""));
        assertThat(claims.split("<tr>").length - 2).isGreaterThanOrEqualTo(3);
        assertThat(claims).contains("30,000").contains("href=\"/sources/");
    }

    @Test
    void aSourcePageShowsItsHashItsTextAndWhatCitesIt() throws Exception {
        demo.load();
        String list = body("/sources?kind=ARTICLE", Role.ADMIN);
        var link = java.util.regex.Pattern.compile("href=\"(/sources/[0-9a-f-]{36})\"").matcher(list);
        String page = "";
        while (link.find() && !page.contains("Text of the file")) {
            page = body(link.group(1), Role.ADMIN);
        }
        assertThat(page).contains("SHA-256").containsPattern("[0-9a-f]{64}").contains("Text of the file")
                .contains("Cited by").containsPattern("href=\"/(claims|persons|events|posts|acts)/[0-9a-f-]{36}\"");
    }

    @Test
    void persianIsRememberedForTheAccountWithPersianDigits() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/preferences").session(session).with(as(Role.ANALYST)).with(csrf())
                .param("lang", "fa").param("persianDigits", "true").param("back", "/"));
        String home = body("/", Role.ANALYST);
        assertThat(home).contains("<html lang=\"fa\" dir=\"rtl\"").containsPattern("[۰-۹]");
        mvc.perform(post("/preferences").with(as(Role.ANALYST)).with(csrf()).param("lang", "en"));
        assertThat(body("/", Role.ANALYST)).contains("<html lang=\"en\" dir=\"ltr\"");
    }

    @Test
    void everyRecordTypesListIsReachableFromTheNavigationWithoutScript() throws Exception {
        var nav = org.jsoup.Jsoup.parse(body("/", Role.VIEWER)).select("nav");
        List<String> links = nav.select("a[href]").eachAttr("href");
        for (RecordType type : types.all()) {
            assertThat(links).as(type.path()).contains("/" + type.path());
        }
        assertThat(nav.select(".nav-more details summary").text()).isEqualTo("More records");
    }

    @Test
    void figuresAreWrittenWithTheirThousandsGroupedInEitherDigits() throws Exception {
        String source = create("/api/v1/sources", "{\"confidentiality\":\"PUBLIC\",\"kind\":\"ARTICLE\",\"title\":\"Figures\"}");
        String event = create("/api/v1/events", "{\"confidentiality\":\"PUBLIC\",\"title\":\"Grouped figures\"}");
        String claim = create("/api/v1/claims", """
                {"confidentiality":"PUBLIC","subjectType":"EVENT","subjectId":"%s","counted":"KILLED","low":120000,
                "high":1250000,"source":"%s"}""".formatted(event, source));
        assertThat(body("/claims/" + claim, Role.ANALYST)).contains(">120,000<").contains(">1,250,000<");
        assertThat(body("/events/" + event, Role.ANALYST)).contains("120,000–1,250,000");
        mvc.perform(post("/preferences").with(as(Role.ANALYST)).with(csrf()).param("lang", "fa")
                .param("persianDigits", "true"));
        try {
            assertThat(body("/claims/" + claim, Role.ANALYST)).contains(">۱۲۰٬۰۰۰<").contains(">۱٬۲۵۰٬۰۰۰<");
        } finally {
            mvc.perform(post("/preferences").with(as(Role.ANALYST)).with(csrf()).param("lang", "en"));
        }
    }

    @Test
    void aNameWithAScriptTagShowsAsTextOnEveryPage() throws Exception {
        String script = "<script>alert(1)</script>";
        String person = create("/api/v1/persons", "{\"confidentiality\":\"PUBLIC\",\"names\":[{\"text\":\"" + script
                + "\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}],\"notes\":\"" + script + "\"}");
        String place = create("/api/v1/places", "{\"confidentiality\":\"PUBLIC\",\"name\":\"" + script
                + "\",\"kind\":\"PRISON\"}");
        String act = create("/api/v1/acts", "{\"confidentiality\":\"PUBLIC\",\"type\":\"ARBITRARY_ARREST\",\"victim\":\""
                + person + "\",\"place\":\"" + place + "\",\"date\":\"Mordad 1367\",\"description\":\"" + script + "\"}");
        for (String path : new String[] {"/persons/" + person, "/persons?name=script", "/places/" + place, "/places",
                "/acts/" + act, "/acts", "/"}) {
            String body = body(path, Role.VIEWER);
            assertThat(body).as(path).doesNotContain(script);
        }
        assertThat(body("/persons/" + person, Role.VIEWER)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
