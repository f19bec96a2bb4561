package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A source's "cited by": each citing record named by its label with its kind and locator, as far as one may see. */
class SourcePageTests extends PageTest {

    @Test
    void whatCitesASourceIsNamedByLabelAndARecordOneMayNotSeeIsNeitherNamedNorLinked() throws Exception {
        String run = unique("src");
        String source = source(run);
        String seen = person("Seen " + run, "PUBLIC");
        String hidden = person("Hidden " + run, "RESTRICTED");
        for (String person : new String[] {seen, hidden}) {
            citation(source, "person", person, ",\"locator\":\"paragraph 7\"");
        }
        String viewer = citedBy(body("/sources/" + source, Role.VIEWER));
        assertThat(viewer).contains("href=\"/persons/" + seen + "\"").contains("Seen " + run).contains("paragraph 7")
                .contains(">person<").contains("a record you may not see")
                .doesNotContain("Hidden " + run).doesNotContain(hidden);
        String editor = citedBy(body("/sources/" + source, Role.EDITOR));
        assertThat(editor).contains("Seen " + run).contains("href=\"/persons/" + hidden + "\"")
                .contains("Hidden " + run).doesNotContain("a record you may not see");
    }

    @Test
    void aRecordCitingTheSourceTwiceIsListedOnceWithBothLocators() throws Exception {
        String run = unique("twice");
        String source = source(run);
        String person = person("Twice " + run, "PUBLIC");
        for (String locator : new String[] {"paragraph 3", "paragraph 9"}) {
            citation(source, "person", person, ",\"locator\":\"" + locator + "\"");
        }
        String citedBy = citedBy(body("/sources/" + source, Role.VIEWER));
        assertThat(citedBy.split("href=\"/persons/" + person + "\"", -1)).hasSize(2);
        assertThat(citedBy).contains("paragraph 3; paragraph 9").contains("2 citations");
    }

    @Test
    void theCitationListNamesEachCitationAndTheRecordItCites() throws Exception {
        String run = unique("clist");
        String source = source(run);
        String person = person("Listed " + run, "PUBLIC");
        String citation = citation(source, "person", person, ",\"locator\":\"page 12 " + run + "\"");
        var row = Jsoup.parse(body("/citations?source=" + source, Role.VIEWER)).select("tbody tr").first();
        assertThat(row).isNotNull();
        assertThat(row.select("a[href=/citations/" + citation + "]").text()).isEqualTo("page 12 " + run);
        assertThat(row.select("a[href=/persons/" + person + "]").text()).isEqualTo("Listed " + run);
        String quoted = citation(source, "person", person, ",\"excerpt\":\"" + run
                + " was arrested at home in the early hours by agents who gave no name and no warrant\"");
        assertThat(Jsoup.parse(body("/citations?source=" + source, Role.VIEWER))
                .select("a[href=/citations/" + quoted + "]").text())
                .startsWith(run + " was arrested at home").endsWith("…").hasSizeLessThanOrEqualTo(81);
    }

    @Test
    void aRecordsPageListsItsCitationsUnderOneHeadingNotFoldedAway() throws Exception {
        String run = unique("cites");
        String source = source(run);
        String act = create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"ARBITRARY_ARREST","victim":"%s","date":"1367"}"""
                .formatted(person("Cited " + run, "PUBLIC")));
        String citation = citation(source, "act", act, ",\"locator\":\"p. 4\",\"excerpt\":\"was arrested\"");
        var page = Jsoup.parse(body("/acts/" + act, Role.VIEWER));
        assertThat(page.select("h2:contains(Citations)")).hasSize(1);
        assertThat(page.select("details.citations")).isEmpty();
        assertThat(page.select("ul.citation-list a[href=/sources/" + source + "]")).hasSize(1);
        assertThat(page.select("ul.citation-list").text()).contains("p. 4").contains("was arrested");
        assertThat(page.select("blockquote.excerpt").attr("dir")).as("the quote follows the page's direction").isEmpty();
        assertThat(page.select("blockquote.excerpt > bdi[dir=auto]").text()).isEqualTo("was arrested");
        assertThat(Jsoup.parse(body("/citations/" + citation, Role.VIEWER)).text()).contains("Cited record's type act");
    }

    @Test
    void aClaimsSubjectAndACitationsRecordAreShownByLabelAndLinkedWhereTheReaderMaySeeThem() throws Exception {
        String run = unique("subj");
        String source = source(run);
        String person = person("Subject " + run, "PUBLIC");
        String claim = create("/api/v1/claims", """
                {"confidentiality":"PUBLIC","subjectType":"PERSON","subjectId":"%s","counted":"KILLED","low":1,
                "source":"%s"}""".formatted(person, source));
        String citation = citation(source, "person", person, "");
        for (String page : new String[] {"/claims/" + claim, "/citations/" + citation}) {
            assertThat(body(page, Role.VIEWER)).as(page).contains("<a href=\"/persons/" + person + "\"><bdi>Subject " + run);
        }
    }

    /** A public citation of {@code source} on a record, with {@code more} JSON members (",\"locator\":..."). */
    private String citation(String source, String recordType, String recordId, String more) throws Exception {
        return create("/api/v1/citations", """
                {"confidentiality":"PUBLIC","source":"%s","recordType":"%s","recordId":"%s"%s}"""
                .formatted(source, recordType, recordId, more));
    }

    private String source(String run) throws Exception {
        return create("/api/v1/sources", """
                {"confidentiality":"PUBLIC","kind":"ARTICLE","title":"Article %s"}""".formatted(run));
    }

    private String person(String name, String level) throws Exception {
        return create("/api/v1/persons", """
                {"confidentiality":"%s","names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(level, name));
    }

    private static String citedBy(String page) {
        String part = page.substring(page.indexOf("class=\"cited-by\""));
        return part.substring(0, part.indexOf("</ul>"));
    }
}
