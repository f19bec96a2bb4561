package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** An estimate's page: LCMCR's diagnostics as labelled figures, the method statement as formatted text. */
class EstimatePageTests extends PageTest {

    @Test
    void anLcmcrRunShowsItsDiagnosticsLabelledAndItsStatementFormatted() throws Exception {
        var run = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"table":"first,second,third,count\\n1,0,0,5\\n0,1,0,4\\n1,1,0,3\\n0,0,1,2\\n1,0,1,1\\n",
                "method":"lcmcr","seed":11,"lcmcr":{"classes":3,"chains":2,"burnIn":200,"samples":200,"thinning":1}}""");
        assertThat(run.status()).as(run.text()).isEqualTo(201);
        String page = body("/estimates/" + run.body().get("id").asString(), Role.ANALYST);
        String diagnostics = page.substring(page.indexOf("<dl class=\"row small diagnostics\">"));
        diagnostics = diagnostics.substring(0, diagnostics.indexOf("</dl>"));
        assertThat(diagnostics).contains("Split R-hat of N across chains").contains("Effective sample size of N")
                .contains("Chains").contains("<dd class=\"col-sm-8 num\">2</dd>")
                .contains("Draws kept per chain").contains("Posterior median of N");
        assertThat(page).doesNotContain("\"histogram\"").doesNotContain("\"drawsPerChain\"")
                .contains("<h3>Lists used</h3>").contains("<table class=\"table table-sm w-auto\">")
                .doesNotContain("### ");
    }

    @Test
    void listsAreChosenWithCheckboxesThatKeepTheirChoiceWhenTheRunIsRefused() throws Exception {
        String title = "Roll " + unique("lists");
        String list = create("/api/v1/sources", """
                {"confidentiality":"INTERNAL","kind":"LIST","title":"%s"}""".formatted(title));
        var page = Jsoup.parse(body("/estimates", Role.ANALYST));
        var box = page.select("fieldset.estimate-lists input[type=checkbox][value=" + list + "]").first();
        assertThat(box).isNotNull();
        assertThat(page.select("label[for=" + box.id() + "]").text()).isEqualTo(title);
        var refused = mvc.perform(multipart("/estimates").param("lists", list).param("method", "CHAPMAN")
                .with(as(Role.ANALYST)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        var again = Jsoup.parse(refused.getContentAsString());
        assertThat(again.select(".alert-danger").text()).isNotBlank();
        assertThat(again.select("input[value=" + list + "]").hasAttr("checked")).isTrue();
    }

    @Test
    void aCaptureHistoryTableUploadedAsAFileIsEstimated() throws Exception {
        byte[] table = "\uFEFFfirst,second,count\n1,1,30\n1,0,120\n0,1,90\n".getBytes(StandardCharsets.UTF_8);
        var response = mvc.perform(multipart("/estimates")
                .file(new MockMultipartFile("tableFile", "lists.csv", "text/csv", table))
                .param("method", "CHAPMAN").with(as(Role.ANALYST)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String run = body(response.getRedirectedUrl(), Role.ANALYST);
        assertThat(run).contains("Chapman").contains(">240<");
    }

    @Test
    void earlierRunsAreListedUnderTheirHeadingsWithTheMethodsNameHoweverItWasAskedFor() throws Exception {
        var run = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"table":"first,second,count\\n1,1,300\\n1,0,1200\\n0,1,900\\n","method":"chapman"}""");
        assertThat(run.status()).as(run.text()).isEqualTo(201);
        String page = body("/estimates", Role.ANALYST);
        String runs = page.substring(page.indexOf("<th scope=\"col\">Run by</th>"));
        assertThat(runs).contains("<a href=\"/estimates/" + run.body().get("id").asString() + "\">")
                .contains("<td>Chapman (two lists)</td>").contains("<td class=\"num\">2,400</td>")
                .doesNotContain("estimates.method.");
    }
}
