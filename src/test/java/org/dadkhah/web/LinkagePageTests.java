package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dadkhah.security.Role;
import org.junit.jupiter.api.Test;

class LinkagePageTests extends PageTest {

    private String person(String name, String father, String birth, String level, String tag) throws Exception {
        return create("/api/v1/persons", """
                {"names":[{"text":"%s","script":"%s","kind":"BIRTH_NAME"},
                          {"text":"%s","script":"LATIN","kind":"ALIAS"}],
                 "fatherName":"%s","birthDate":"%s","confidentiality":"%s"}"""
                .formatted(name, name.matches(".*[a-zA-Z].*") ? "LATIN" : "PERSIAN", tag, father, birth, level));
    }

    private static String tag() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private String pairOf(String left, String right, String page) {
        Matcher section = Pattern.compile("<section class=\"card mb-4 pair\" id=\"pair-([0-9a-f-]{36})\">(.*?)</section>",
                Pattern.DOTALL).matcher(page);
        while (section.find()) {
            if (section.group(2).contains(left) && section.group(2).contains(right)) {
                return section.group(1);
            }
        }
        return null;
    }

    @Test
    void theRunButtonQueuesAPairShownSideBySideWithItsWaterfallThenAcceptedAndUndone() throws Exception {
        String tag = tag();
        String latin = person("Hossein Ahmadi", "Karim", "1959-03-21", "PUBLIC", tag);
        String sameDay = org.dadkhah.shared.PartialDate.parse("1959-03-21").toSolarHijriString();
        String persian = person("حسین احمدی", "کریم", sameDay, "PUBLIC", tag);
        var run = mvc.perform(post("/linkage/runs").param("name", tag).with(as(Role.EDITOR)).with(csrf()))
                .andReturn();
        assertThat(run.getResponse().getRedirectedUrl()).isEqualTo("/linkage");
        assertThat(run.getFlashMap().get("outcome").toString()).contains("persons=2");
        String queue = body("/linkage?limit=50", Role.EDITOR);
        String pair = pairOf(latin, persian, queue);
        assertThat(pair).as("the pair is in the queue").isNotNull();
        String card = body("/linkage/pairs/" + pair, Role.EDITOR);
        assertThat(card).contains("href=\"/persons/" + latin).contains("href=\"/persons/" + persian)
                .contains("Hossein Ahmadi").contains("حسین احمدی").contains("Each field")
                .contains("<td>exact</td>").contains("Birth date").containsPattern("bar w-[0-9]+");

        var accepted = mvc.perform(post("/linkage/pairs/" + pair + "/decision").param("decision", "accept")
                .with(as(Role.EDITOR)).with(csrf())).andReturn();
        assertThat(accepted.getFlashMap().get("decided").toString()).isEqualTo(pair);
        assertThat(getJson("/api/v1/linkage/pairs/" + pair, admin()).body().get("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(pairOf(latin, persian, body("/linkage?limit=50", Role.EDITOR))).isNull();
        mvc.perform(post("/linkage/pairs/" + pair + "/undo").with(as(Role.EDITOR)).with(csrf()));
        assertThat(getJson("/api/v1/linkage/pairs/" + pair, admin()).body().get("status").asString())
                .isEqualTo("PENDING");
        assertThat(body("/linkage/pairs/" + pair, Role.EDITOR)).contains("accepted").contains("undone");
    }

    @Test
    void aReviewerNeverSeesAPairWithAPersonTheyMayNotRead() throws Exception {
        String tag = tag();
        String open = person("Reza Tabrizi", "Ahmad", "1962", "PUBLIC", tag);
        String secret = person("Reza Tabrizi " + tag + "secret", "Ahmad", "1962", "SECRET", tag);
        var proposed = postJson("/api/v1/linkage/pairs", admin(), "{\"left\":\"%s\",\"right\":\"%s\"}".formatted(open, secret));
        String pair = proposed.body().get("id").asString();
        for (Role role : List.of(Role.VIEWER, Role.RESEARCHER, Role.ANALYST, Role.EDITOR)) {
            assertThat(body("/linkage?limit=50", role)).as(role.name()).doesNotContain(tag + "secret")
                    .doesNotContain(pair);
            assertThat(page("/linkage/pairs/" + pair, role).getStatus()).as(role.name()).isEqualTo(404);
            var decide = mvc.perform(post("/linkage/pairs/" + pair + "/decision").param("decision", "accept")
                    .with(as(role)).with(csrf())).andReturn().getResponse();
            assertThat(decide.getStatus()).as(role.name()).isIn(403, 404);
        }
        assertThat(body("/linkage/pairs/" + pair, Role.ADMIN)).contains(tag + "secret");
        assertThat(getJson("/api/v1/linkage/pairs/" + pair, admin()).body().get("status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void aRoleThatDoesNotWriteSeesTheQueueWithoutTheButtons() throws Exception {
        String page = body("/linkage", Role.ANALYST);
        assertThat(page).contains("Deciding on pairs needs a role that writes").doesNotContain("/linkage/runs")
                .doesNotContain("name=\"decision\"");
        var run = mvc.perform(post("/linkage/runs").with(as(Role.ANALYST)).with(csrf())).andReturn().getResponse();
        assertThat(run.getStatus()).isEqualTo(403);
    }
}
