package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.dadkhah.person.PersonStatus;
import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home page's recent records and acts per year, and the lists' filters (date range in either calendar, pickers
 * for places and organisations, act type, status), each as the caller may see them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeAndListPageTests extends PageTest {

    private final String run = unique("hl");
    private String victim;
    private String prison;
    private String org;
    private String inMordad;
    private String in1902;
    private String hiddenAct;

    @BeforeAll
    void world() throws Exception {
        prison = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"Prison %s","kind":"PRISON"}""".formatted(run));
        org = create("/api/v1/organisations", """
                {"confidentiality":"PUBLIC","name":"Body %s","kind":"COURT"}""".formatted(run));
        victim = create("/api/v1/persons", """
                {"confidentiality":"PUBLIC","status":"ALIVE","names":[{"text":"Open %s","script":"LATIN","kind":"BIRTH_NAME"}],
                 "affiliations":[{"organisation":"%s"}]}""".formatted(run, org));
        create("/api/v1/persons", """
                {"confidentiality":"RESTRICTED","names":[{"text":"Hidden %s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(run));
        inMordad = act("DETENTION", "1367-05-10", "PUBLIC");
        in1902 = act("DETENTION", "1902", "PUBLIC");
        hiddenAct = act("EXECUTION", "1901", "RESTRICTED");
    }

    @Test
    void homeShowsTheRecentRecordsAndActsPerYearTheCallerMaySeeOnly() throws Exception {
        Document viewer = Jsoup.parse(body("/", Role.VIEWER));
        assertThat(viewer.select(".recent").text()).contains("Open " + run).doesNotContain("Hidden " + run);
        assertThat(viewer.select(".acts-table tbody th").eachText()).contains("1902").doesNotContain("1901");
        assertThat(chart(viewer)).containsKey("1902").doesNotContainEntry("1901", 1L).doesNotContainEntry("1901", 2L);
        Document editor = Jsoup.parse(body("/", Role.EDITOR));
        assertThat(editor.select(".recent").text()).contains("Hidden " + run);
        assertThat(editor.select(".acts-table tbody th").eachText()).contains("1901", "1902");
        assertThat(chart(editor).get("1901")).isPositive();
    }

    @Test
    void theChartGivesTheYearsBetweenWithoutActsAsZeroAndThePageSaysHowManyActsHaveADate() throws Exception {
        Document editor = Jsoup.parse(body("/", Role.EDITOR));
        Map<String, Long> chart = chart(editor);
        assertThat(chart.keySet().stream().map(Integer::valueOf).toList()).isSorted();
        assertThat(chart).containsEntry("1950", 0L);
        assertThat(chart.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(editor.select(".acts-table tbody td").eachText().stream()
                        .mapToLong(t -> Long.parseLong(t.replace(",", ""))).sum());
        assertThat(editor.select(".acts-per-year p").text()).matches("Acts with a date: [0-9,]+ of the [0-9,]+ you may see.*");
    }

    @Test
    void aListsFirstColumnIsHeadedByWhatNamesItsRecords() throws Exception {
        String source = create("/api/v1/sources", """
                {"confidentiality":"PUBLIC","kind":"ARTICLE","title":"Headings %s"}""".formatted(run));
        claim(create("/api/v1/events", """
                {"confidentiality":"PUBLIC","title":"Headed %s"}""".formatted(run)), source, "KILLED", 10, "PUBLIC");
        assertThat(Jsoup.parse(body("/persons", Role.VIEWER)).select("thead th").first().text()).isEqualTo("Name");
        assertThat(Jsoup.parse(body("/events", Role.VIEWER)).select("thead th").first().text()).isEqualTo("Title");
        assertThat(Jsoup.parse(body("/claims", Role.VIEWER)).select("thead th").first().text()).isEqualTo("Statement");
        assertThat(Jsoup.parse(body("/acts", Role.VIEWER)).select("thead th").first().text()).isEqualTo("Record");
        assertThat(Jsoup.parse(persianBody("/persons", Role.VIEWER)).select("thead th").first().text()).isEqualTo("نام");
    }

    @Test
    void homeGivesEachDisputedEventsFiguresAsTheirSpanAmongTheClaimsTheReaderMaySee() throws Exception {
        String source = create("/api/v1/sources", """
                {"confidentiality":"PUBLIC","kind":"ARTICLE","title":"Figures %s"}""".formatted(run));
        String event = create("/api/v1/events", """
                {"confidentiality":"PUBLIC","title":"Disputed %s"}""".formatted(run));
        claim(event, source, "KILLED", 1500, "PUBLIC");
        claim(event, source, "KILLED", 120000, "PUBLIC");
        claim(event, source, "KILLED", 999999, "RESTRICTED");
        claim(event, source, "EXECUTED", 30, "PUBLIC");
        String viewer = Jsoup.parse(body("/", Role.VIEWER)).select("li:has(> a[href=/events/" + event + "])").text();
        assertThat(viewer).contains("Killed: from 1,500 to 120,000 (2 claims)").doesNotContain("999,999")
                .doesNotContain("Executed");
        String editor = Jsoup.parse(body("/", Role.EDITOR)).select("li:has(> a[href=/events/" + event + "])").text();
        assertThat(editor).contains("Killed: from 1,500 to 999,999 (3 claims)");
    }

    private void claim(String event, String source, String counted, long figure, String level) throws Exception {
        create("/api/v1/claims", """
                {"confidentiality":"%s","subjectType":"EVENT","subjectId":"%s","counted":"%s","low":%d,"high":%d,
                "source":"%s"}""".formatted(level, event, counted, figure, figure, source));
    }

    /** The chart's counts by year, as the page gives them to ECharts. */
    private static Map<String, Long> chart(Document page) {
        JsonNode data = JsonMapper.shared().readTree(page.select("#acts-chart").attr("data-chart"));
        Map<String, Long> byYear = new LinkedHashMap<>();
        for (int i = 0; i < data.get("years").size(); i++) {
            byYear.put(data.get("years").get(i).asString(), data.get("counts").get(i).asLong());
        }
        return byYear;
    }

    @Test
    void theActListFiltersByADateRangeInEitherCalendarAndByAPlacePicked() throws Exception {
        String place = "Prison " + run + " · " + prison;
        String solar = list("/acts", Role.VIEWER, "place", place, "from", "1367", "to", "مرداد ۱۳۶۷");
        assertThat(solar).contains("/acts/" + inMordad).doesNotContain("/acts/" + in1902);
        String gregorian = list("/acts", Role.EDITOR, "place", place, "from", "1900", "to", "1988-01");
        assertThat(gregorian).contains("/acts/" + in1902).contains("/acts/" + hiddenAct)
                .doesNotContain("/acts/" + inMordad);
        assertThat(list("/acts", Role.VIEWER, "place", place, "from", "1900", "to", "1988-01"))
                .doesNotContain("/acts/" + hiddenAct);
        assertThat(list("/acts", Role.EDITOR, "place", place, "type", "EXECUTION")).contains("/acts/" + hiddenAct)
                .doesNotContain("/acts/" + in1902);
        assertThat(getJson("/api/v1/acts?place=" + prison + "&from=1367&to=1367", token(Role.VIEWER)).body()
                .get("items").size()).isEqualTo(1);
    }

    @Test
    void aDateFilterThatIsNotADateIsExplainedNextToItsField() throws Exception {
        Document page = Jsoup.parse(list("/acts", Role.VIEWER, "from", "Mordad 13x7"));
        assertThat(page.select("#f-from-error").text()).isNotBlank();
        assertThat(page.select("#f-from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#f-from").attr("value")).isEqualTo("Mordad 13x7");
    }

    @Test
    void thePersonListFiltersByOrganisationAndStatus() throws Exception {
        assertThat(list("/persons", Role.VIEWER, "organisation", "Body " + run + " · " + org, "status", "ALIVE"))
                .contains("/persons/" + victim);
        assertThat(list("/persons", Role.VIEWER, "organisation", org, "status", "DECEASED"))
                .doesNotContain("/persons/" + victim);
        Document list = Jsoup.parse(body("/persons", Role.VIEWER));
        assertThat(list.select("input#f-organisation").attr("hx-get")).isEqualTo("/pick/organisations?field=organisation");
        assertThat(list.select("input#f-birthplace").attr("hx-get")).isEqualTo("/pick/places?field=birthplace");
    }

    @Test
    void theChoiceFiltersOfferEveryValueInThePagesLanguageWithTheChosenOneSelected() throws Exception {
        Document persons = Jsoup.parse(list("/persons", Role.VIEWER, "status", "ALIVE"));
        assertThat(persons.select("select#f-status option").eachAttr("value"))
                .containsExactly(Stream.concat(Stream.of(""), Arrays.stream(PersonStatus.values()).map(Enum::name))
                        .toArray(String[]::new));
        assertThat(persons.select("select#f-status option[selected]").eachAttr("value")).containsExactly("ALIVE");
        Document acts = Jsoup.parse(list("/acts", Role.VIEWER, "type", "EXECUTION"));
        assertThat(acts.select("select#f-type option[selected]").eachAttr("value")).containsExactly("EXECUTION");
        assertThat(acts.select("select#f-type option[value=EXECUTION]").text()).isEqualTo("Execution");
        assertThat(Jsoup.parse(persianBody("/acts", Role.VIEWER)).select("select#f-type option[value=EXECUTION]").text())
                .isEqualTo("اعدام");
    }

    private String act(String type, String date, String level) throws Exception {
        return create("/api/v1/acts", """
                {"confidentiality":"%s","type":"%s","victim":"%s","place":"%s","date":"%s"}"""
                .formatted(level, type, victim, prison, date));
    }

    /** A page with its query given as name, value pairs (sent as parameters, encoded once). */
    private String list(String path, Role role, String... query) throws Exception {
        var request = get(path).with(as(role));
        for (int i = 0; i < query.length; i += 2) {
            request.param(query[i], query[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
