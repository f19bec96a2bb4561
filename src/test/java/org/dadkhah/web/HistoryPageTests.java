package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A record's history page shows each change as the record's page shows its values, not as stored codes and JSON. */
class HistoryPageTests extends PageTest {

    @Test
    void aChangeReadsInLabelsDatesInBothCalendarsAndReferencesByName() throws Exception {
        String run = unique("hist");
        String victim = create("/api/v1/persons", """
                {"confidentiality":"PUBLIC","names":[{"text":"Victim %s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(run));
        String prison = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"Prison %s","kind":"PRISON"}""".formatted(run));
        String act = create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"ARBITRARY_ARREST","victim":"%s","date":"1367"}""".formatted(victim));
        String version = getJson("/api/v1/acts/" + act, admin()).header("ETag");
        assertThat(putJson("/api/v1/acts/" + act, admin(), version, """
                {"confidentiality":"INTERNAL","type":"DETENTION","victim":"%s","date":"1367-05-07","place":"%s"}"""
                .formatted(victim, prison)).status()).isEqualTo(200);
        Document page = Jsoup.parse(body("/acts/" + act + "/history", Role.EDITOR));
        List<String> rows = new ArrayList<>(page.select(".history-entry").first().select("tbody tr").eachText());
        assertThat(rows).containsExactly("Confidentiality public internal",
                "Type Arbitrary arrest Detention",
                "Place Prison " + run,
                "Date 1367 (1988–1989) 7 Mordad 1367 (29 July 1988)");
        String created = page.select(".history-entry").last().text();
        assertThat(created).contains("Victim " + run).doesNotContain(victim).doesNotContain("ARBITRARY_ARREST")
                .containsPattern("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC");
    }
}
