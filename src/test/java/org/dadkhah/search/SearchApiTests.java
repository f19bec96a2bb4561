package org.dadkhah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** The contract of {@code GET /api/v1/search} and {@code /suggest}: fields, errors, facets, filters and pages. */
class SearchApiTests extends SearchTest {

    @Test
    void answersTotalHitsAndFacetsWithTheFieldsTheContractNames() throws Exception {
        String marker = word(5);
        String id = person("Shirin " + marker, "شیرین عبادی|PERSIAN");
        JsonNode body = search(marker, admin());
        assertThat(names(body)).containsExactlyInAnyOrder("total", "hits", "facets", "next");
        assertThat(body.get("total").asLong()).isEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        assertThat(names(hit)).containsExactly("type", "id", "title", "snippet", "score");
        assertThat(hit.get("type").asString()).isEqualTo("person");
        assertThat(hit.get("id").asString()).isEqualTo(id);
        assertThat(hit.get("title").asString()).isEqualTo("Shirin " + marker + " / شیرین عبادی");
        assertThat(hit.get("snippet").asString()).contains("<mark>" + marker + "</mark>");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(body.get("facets").get("type").get("person").asInt()).isEqualTo(1);
    }

    @Test
    void refusesMissingQueriesUnknownTypesBadLimitsAndUnknownParametersNamingTheField() throws Exception {
        assertProblem("/api/v1/search", "q");
        assertProblem("/api/v1/search?q=", "q");
        assertProblem("/api/v1/search?q=-- ,", "q");
        assertProblem("/api/v1/search?q=ali&type=testimony", "type");
        assertProblem("/api/v1/search?q=ali&limit=0", "limit");
        assertProblem("/api/v1/search?q=ali&limit=abc", "limit");
        assertProblem("/api/v1/search?q=ali&year=last", "year");
        assertProblem("/api/v1/search?q=ali&colour=red", "colour");
        assertProblem("/api/v1/search/suggest", "q");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/search?q=ali")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void yearsAreFacetsAndFiltersInEitherCalendar() throws Exception {
        String marker = word(5);
        String event = create("/api/v1/events", """
                {"title":"Massacre %s","start":"1367-05-07","confidentiality":"PUBLIC"}""".formatted(marker));
        JsonNode facets = search(marker, admin()).get("facets");
        assertThat(facets.get("yearSolarHijri").get("1367").asInt()).isEqualTo(1);
        assertThat(facets.get("yearGregorian").get("1988").asInt()).isEqualTo(1);
        for (String year : List.of("1367", "۱۳۶۷", "1988")) {
            assertThat(ids(marker + "&year=" + year, admin())).as(year).containsExactly(event);
        }
        assertThat(ids(marker + "&year=1990", admin())).isEmpty();
        assertThat(ids(marker + "&type=person", admin())).isEmpty();
        assertThat(ids(marker + "&type=event", admin())).containsExactly(event);
    }

    @Test
    void actFacetsCountOnlyActsTheCallerMayRead() throws Exception {
        String marker = word(5);
        String person = person("Reza " + marker);
        create("/api/v1/acts", """
                {"type":"EXECUTION","victim":"%s","confidentiality":"SECRET"}""".formatted(person));
        JsonNode viewer = search(marker, token(Role.VIEWER));
        assertThat(viewer.get("total").asLong()).isEqualTo(1);
        assertThat(viewer.get("facets").get("actType").has("EXECUTION")).isFalse();
        assertThat(ids(marker + "&actType=EXECUTION", token(Role.VIEWER))).isEmpty();
        assertThat(search(marker, admin()).get("facets").get("actType").get("EXECUTION").asInt()).isEqualTo(1);
        assertThat(ids(marker + "&actType=EXECUTION", admin())).containsExactly(person);
    }

    @Test
    void pagesFollowTheNextCursor() throws Exception {
        String marker = word(5);
        List<String> made = List.of(person("Ali " + marker), person("Hassan " + marker), person("Taghi " + marker));
        JsonNode first = getJson("/api/v1/search?limit=2&q=" + marker, admin()).body();
        assertThat(first.get("hits").size()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        JsonNode second = getJson("/api/v1/search?limit=2&q=" + marker + "&after=" + first.get("next").asString(),
                admin()).body();
        assertThat(second.get("hits").size()).isEqualTo(1);
        assertThat(second.get("next").isNull()).isTrue();
        List<String> all = new ArrayList<>();
        first.get("hits").forEach(h -> all.add(h.get("id").asString()));
        second.get("hits").forEach(h -> all.add(h.get("id").asString()));
        assertThat(all).containsExactlyInAnyOrderElementsOf(made);
    }

    private void assertProblem(String url, String field) throws Exception {
        var response = getJson(url, admin());
        assertThat(response.status()).as(url).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).as(url).isEqualTo(field);
        assertThat(response.text()).doesNotContain("Exception");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
