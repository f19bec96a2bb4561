package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** An event's acts: each with its victim, date and place, in the order they happened, as far as the reader may see. */
class EventPageTests extends PageTest {

    @Test
    void anEventsActsAreListedByDateWithTheirVictimsAndPlacesLinkedWhereTheReaderMaySeeThem() throws Exception {
        String run = unique("ev");
        String event = create("/api/v1/events", """
                {"confidentiality":"PUBLIC","title":"Event %s","start":"1399-08-21"}""".formatted(run));
        String prison = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"Prison %s","kind":"PRISON"}""".formatted(run));
        String seen = person("Seen " + run, "PUBLIC");
        String hidden = person("Hidden " + run, "RESTRICTED");
        create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"EXECUTION","victim":"%s","event":"%s","place":"%s","date":"Mordad 1367"}"""
                .formatted(seen, event, prison));
        create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"ARBITRARY_ARREST","victim":"%s","event":"%s","date":"1360"}"""
                .formatted(hidden, event));
        var page = Jsoup.parse(body("/events/" + event, Role.VIEWER));
        assertThat(page.select(".record-fields, dl, table").text()).contains("21 Aban 1399 (11 November 2020)");
        Elements rows = page.select("h2:contains(Acts) + table tbody tr");
        assertThat(rows).hasSize(2);
        Element arrest = rows.get(0);
        Element execution = rows.get(1);
        assertThat(arrest.text()).startsWith("Arbitrary arrest").contains("(a record you may not see)")
                .doesNotContain("Hidden " + run);
        assertThat(arrest.select("a[href=/persons/" + hidden + "]")).isEmpty();
        assertThat(execution.text()).startsWith("Execution").contains("Seen " + run).contains("Mordad 1367")
                .contains("Prison " + run);
        assertThat(execution.select("a[href=/persons/" + seen + "]")).hasSize(1);
        assertThat(execution.select("a[href=/places/" + prison + "]")).hasSize(1);
    }

    private String person(String name, String level) throws Exception {
        return create("/api/v1/persons", """
                {"confidentiality":"%s","names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(level, name));
    }
}
