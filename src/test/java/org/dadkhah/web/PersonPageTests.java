package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The person page of a perpetrator (posts over time as bars, involvements by event, co-members of the same bodies)
 * and of a victim (the status an act implies, with that act; who was involved in each act), as each role may see it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPageTests extends PageTest {

    private String perpetrator;
    private String victim;
    private String act;
    private final String run = unique("pp");

    @BeforeAll
    void world() throws Exception {
        String org = create("/api/v1/organisations", """
                {"confidentiality":"PUBLIC","name":"Death Committee %s","nameFa":"هیئت مرگ %s","kind":"DEATH_COMMISSION"}"""
                .formatted(run, run));
        perpetrator = person("Perp " + run, "PUBLIC");
        String colleague = person("Colleague " + run, "PUBLIC");
        String later = person("Earlier " + run, "PUBLIC");
        String hidden = person("Hidden " + run, "RESTRICTED");
        post(perpetrator, org, "Prosecutor", "1367", "1368", "PUBLIC");
        post(perpetrator, org, "Member", "1370", null, "PUBLIC");
        String ministry = create("/api/v1/organisations", """
                {"confidentiality":"PUBLIC","name":"Ministry %s","kind":"GOVERNMENT"}""".formatted(run));
        post(perpetrator, ministry, "Adviser", null, null, "PUBLIC");
        post(colleague, org, "Judge", "Mordad 1367", "1369", "PUBLIC");
        post(later, org, "Judge", "1350", "1355", "PUBLIC");
        post(hidden, org, "Intelligence representative", "1367", "1367", "RESTRICTED");
        String event = create("/api/v1/events", """
                {"confidentiality":"PUBLIC","title":"Summer killings %s","start":"summer 1988"}""".formatted(run));
        victim = person("Victim " + run, "PUBLIC");
        act = create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"EXECUTION","victim":"%s","event":"%s","date":"Mordad 1367"}"""
                .formatted(victim, event));
        create("/api/v1/involvements", """
                {"confidentiality":"PUBLIC","act":"%s","perpetratorPerson":"%s","role":"ORDERED"}"""
                .formatted(act, perpetrator));
    }

    @Test
    void aPerpetratorsPageShowsPostsAsBarsInvolvementsByEventAndOverlappingCoMembers() throws Exception {
        String page = body("/persons/" + perpetrator, Role.VIEWER);
        assertThat(page).containsPattern("class=\"gantt-fill\" y=\"1\" height=\"12\" x=\"[0-9.]+\" width=\"[0-9.]+\">")
                .contains("fill=\"url(#gantt-open-end)\"").contains("id=\"gantt-open-end\"")
                .contains("fill=\"url(#gantt-unknown)\"").contains("id=\"gantt-unknown\"")
                .contains("Prosecutor · Death Committee " + run).contains("viewBox=\"-30 0 1060 14\"");
        String involvements = page.substring(page.indexOf("class=\"involvements\""));
        assertThat(involvements).contains("Summer killings " + run).contains("Victim " + run).contains("Ordered")
                .contains("href=\"/acts/" + act + "\"");
        String coMembers = page.substring(page.indexOf("class=\"co-members\""));
        assertThat(coMembers).contains("Colleague " + run).doesNotContain("Earlier " + run)
                .doesNotContain("Hidden " + run).doesNotContain("Perp " + run);
        assertThat(body("/persons/" + perpetrator, Role.EDITOR)).contains("Hidden " + run);
    }

    @Test
    void anActIsNamedByWhatItWasToWhomAndWhenWhereverItIsListed() throws Exception {
        String named = "Execution · Victim " + run + " · Mordad 1367 (Jul–Aug 1988)";
        String page = body("/acts/" + act, Role.VIEWER);
        assertThat(page.substring(page.indexOf("<h1"), page.indexOf("</h1>"))).contains(named);
        assertThat(body("/acts?victim=" + victim, Role.VIEWER)).as("in a list the victim has a column of its own")
                .contains("<bdi>Execution · Mordad 1367 (Jul–Aug 1988)</bdi>");
    }

    @Test
    void aPersianPageNamesTheOrganisationInPersianInTheTimelineTheBarsAndTheCoMembers() throws Exception {
        String page = persianBody("/persons/" + perpetrator, Role.VIEWER);
        String timeline = page.substring(page.indexOf("class=\"timeline\""), page.indexOf("class=\"posts-held\""));
        String bars = page.substring(page.indexOf("class=\"posts-held\""), page.indexOf("class=\"involvements\""));
        String coMembers = page.substring(page.indexOf("class=\"co-members\""));
        for (String part : List.of(timeline, bars, coMembers)) {
            assertThat(part).contains("هیئت مرگ " + run).doesNotContain("Death Committee " + run);
        }
        String involvements = page.substring(page.indexOf("class=\"involvements\""), page.indexOf("class=\"co-members\""));
        assertThat(involvements).as("both calendars' months in Persian").contains("مرداد 1367")
                .contains("ژوئیه–اوت 1988").doesNotContain("Jul");
    }

    @Test
    void onAPersianPageThePostsAxisRunsFromRightToLeftAndAnOpenEndFadesToTheLeft() throws Exception {
        Document english = Jsoup.parse(body("/persons/" + perpetrator, Role.VIEWER));
        Document persian = Jsoup.parse(persianBody("/persons/" + perpetrator, Role.VIEWER));
        List<Double> ltr = english.select(".gantt-axis text").eachAttr("x").stream().map(Double::valueOf).toList();
        List<Double> rtl = persian.select(".gantt-axis text").eachAttr("x").stream().map(Double::valueOf).toList();
        assertThat(ltr).hasSizeGreaterThan(1).isSorted();
        assertThat(rtl).hasSameSizeAs(ltr).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rtl.get(0)).isEqualTo(PostBars.WIDTH - ltr.get(0));
        assertThat(english.select(".gantt-fill").eachAttr("fill")).contains("url(#gantt-open-end)")
                .doesNotContain("url(#gantt-open-start)");
        assertThat(persian.select(".gantt-fill").eachAttr("fill")).contains("url(#gantt-open-start)")
                .doesNotContain("url(#gantt-open-end)");
    }

    @Test
    void aVictimsPageShowsTheStatusTheExecutionImpliesWithTheActAndWhoWasInvolved() throws Exception {
        String page = body("/persons/" + victim, Role.VIEWER);
        String status = page.substring(page.indexOf("class=\"effective-status\""));
        assertThat(status.substring(0, status.indexOf("</p>"))).contains("deceased")
                .contains("href=\"/acts/" + act + "\"").contains("Execution");
        String timeline = page.substring(page.indexOf("class=\"timeline\""));
        assertThat(timeline).contains("href=\"/persons/" + perpetrator + "\"").contains("(Ordered)");
    }

    @Test
    void relativesFromEitherSideOfARelationshipAreListedOnceAndAHiddenRelativeIsNotNamed() throws Exception {
        String mother = person("Mother " + run, "PUBLIC");
        String sister = person("Sister " + run, "PUBLIC");
        String secret = person("Secret cousin " + run, "RESTRICTED");
        relationship(mother, victim, "PARENT", "PUBLIC");
        relationship(victim, sister, "SIBLING", "PUBLIC");
        relationship(secret, victim, "OTHER_RELATIVE", "PUBLIC");
        String page = body("/persons/" + victim, Role.VIEWER);
        String relatives = page.substring(page.indexOf("<h2 class=\"h5\">Relatives</h2>"));
        relatives = relatives.substring(0, relatives.indexOf("</ul>"));
        assertThat(relatives).contains("Parent").contains("href=\"/persons/" + mother + "\"")
                .contains("Sibling").contains("href=\"/persons/" + sister + "\"")
                .doesNotContain("Secret cousin " + run).doesNotContain("href=\"/persons/" + secret + "\"");
        assertThat(relatives.split("<li>", -1)).as("three relationships, each once").hasSize(4);
        assertThat(body("/persons/" + victim, Role.EDITOR)).contains("Secret cousin " + run);
    }

    private void relationship(String person, String related, String kind, String level) throws Exception {
        create("/api/v1/relationships", """
                {"confidentiality":"%s","person":"%s","relatedPerson":"%s","kind":"%s"}"""
                .formatted(level, person, related, kind));
    }

    private String person(String name, String level) throws Exception {
        return create("/api/v1/persons", """
                {"confidentiality":"%s","names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(level, name));
    }

    private void post(String person, String org, String title, String from, String to, String level) throws Exception {
        create("/api/v1/posts", """
                {"confidentiality":"%s","person":"%s","organisation":"%s","title":"%s"%s%s}"""
                .formatted(level, person, org, title, from == null ? "" : ",\"from\":\"" + from + "\"",
                        to == null ? "" : ",\"to\":\"" + to + "\""));
    }
}
