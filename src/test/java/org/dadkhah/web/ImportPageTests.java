package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.importing.ImportProfiles;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.importing.ListFixtures;
import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

class ImportPageTests extends PageTest {

    /** The mapping, with a list title of the page's own. */
    static final String MAPPING = ListFixtures.MAPPING.replace("summer 1367 (family association list)", "page import");

    static final String HEADER = ListFixtures.HEADER + "\n";

    @Autowired
    ImportProfiles profiles;

    @Autowired
    RecordQueries queries;

    @Autowired
    RecordTypes types;

    /** Uploads a list on the page and waits for the job to leave {@code state}; returns the job's address. */
    String upload(String csv, String mapping, String profile, Role role) throws Exception {
        var response = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("mapping", mapping).param("profileName", profile).with(as(role)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String job = response.getRedirectedUrl();
        awaitDone(job, role);
        return job;
    }

    void awaitDone(String job, Role role) throws Exception {
        for (int i = 0; i < 600; i++) {
            var progress = page(job + "/progress", role);
            if ("true".equals(progress.getHeader("HX-Refresh"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The import did not finish: " + job);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theExampleMappingThePageShowsChecksAListWithItsColumns() throws Exception {
        String example = Jsoup.parse(body("/imports", Role.EDITOR)).select(".mapping-example pre").first().wholeText();
        assertThat(example).startsWith("list:").contains("rowNumber: ردیف").contains("- type: EXECUTION");
        String tag = tag();
        String job = upload(HEADER + "1,علی,نمونه,رضا,1340,مرداد ۱۳۶۷,زندان " + tag + "\n",
                example.replace("family association list)", "family association list) " + tag), "", Role.EDITOR);
        assertThat(body(job, Role.EDITOR)).contains("Checked: nothing stored yet").contains("Import these rows");
    }

    @Test
    void aListIsPreviewedWithDatesInBothCalendarsThenCommittedAndItsReportIsACsv() throws Exception {
        String tag = tag();
        StringBuilder surname = new StringBuilder("پاکزاد");
        tag.chars().forEach(c -> surname.append("ابپتثجچحخدذرزسشص".charAt(Character.digit(c, 16))));
        String csv = HEADER + "1,علی," + surname + ",رضا,1340,مرداد ۱۳۶۷,زندان اوین " + tag + "\n"
                + "2,حسن," + surname + ",محمود,1961-03-21,1367-05-07,زندان اوین " + tag + "\n";
        String job = upload(csv, MAPPING.formatted(tag), "", Role.EDITOR);
        String checked = body(job, Role.EDITOR);
        assertThat(checked).contains("Checked: nothing stored yet").contains("علی " + surname)
                .contains("Mordad 1367 (Jul–Aug 1988)").contains("Execution")
                .contains("new place").contains("ردیف").contains("Import these rows");
        assertThat(queries.list(types.require("persons"), Map.of("name", surname.toString()), null, 10, Caller.OPERATOR).items())
                .isEmpty();
        String report = page(job + "/report.csv", Role.EDITOR).getContentAsString();
        assertThat(report).startsWith("\uFEFFrow,severity,column,message").contains("Place created");

        mvc.perform(post(job + "/commit").with(as(Role.EDITOR)).with(csrf()));
        awaitDone(job, Role.EDITOR);
        assertThat(body(job, Role.EDITOR)).contains("Imported.").contains("href=\"/sources/")
                .doesNotContain("Import these rows");
        assertThat(queries.list(types.require("persons"), Map.of("name", surname.toString()), null, 10, Caller.OPERATOR).items())
                .hasSize(2);
    }

    @Test
    void aListWithErrorsShowsEachRowsProblemAndCannotBeCommitted() throws Exception {
        String tag = tag();
        String csv = HEADER + "1,علی,بد,رضا,1367-13,1367,زندان " + tag + "\n2,حسن\n";
        String job = upload(csv, MAPPING.formatted(tag), "", Role.EDITOR);
        String page = body(job, Role.EDITOR);
        assertThat(page).contains("row 1: error: تاریخ تولد: month 13 does not exist")
                .contains("row 2: error: (row): Wrong column count").doesNotContain("Import these rows");
        var commit = mvc.perform(post(job + "/commit").with(as(Role.EDITOR)).with(csrf())).andReturn().getResponse();
        assertThat(commit.getStatus()).isEqualTo(302);
        assertThat(body(job, Role.EDITOR)).contains("nothing stored");
    }

    @Test
    void anUploadIsSeenOnlyByItsOwner() throws Exception {
        String tag = tag();
        String job = upload(HEADER + "1,علی,کریمی,رضا,1340,1367,\n", MAPPING.formatted(tag), "", Role.EDITOR);
        assertThat(page(job, Role.ADMIN).getStatus()).isEqualTo(404);
        assertThat(page(job + "/report.csv", Role.ADMIN).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(job + "/commit").with(as(Role.ADMIN)).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aMappingIsSavedAsAProfileAndLoadedBackAndABadOneIsShownNextToItsField() throws Exception {
        String tag = tag();
        String name = "Family association " + tag;
        upload(HEADER + "1,علی,کریمی,رضا,1340,1367,\n", MAPPING.formatted(tag), name, Role.EDITOR);
        assertThat(profiles.get(name).orElseThrow().mapping()).isEqualTo(MAPPING.formatted(tag));
        var loaded = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/imports")
                .param("profile", name).with(as(Role.EDITOR))).andReturn().getResponse();
        loaded.setCharacterEncoding("UTF-8");
        String start = loaded.getContentAsString();
        assertThat(start).contains("page import " + tag).contains("<option value=\"" + name + "\" selected=\"selected\"");
        var bad = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("file", "list.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .param("mapping", "list: {}\n").with(as(Role.EDITOR)).with(csrf())).andReturn().getResponse();
        bad.setCharacterEncoding("UTF-8");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).containsPattern("id=\"i-mapping-error\">person: Required");
    }

    @Test
    void aRoleThatDoesNotWriteCannotImport() throws Exception {
        assertThat(body("/imports", Role.VIEWER)).contains("Importing lists needs a role that writes");
        var refused = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("file", "list.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .param("mapping", MAPPING.formatted(tag())).with(as(Role.ANALYST)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
    }
}
