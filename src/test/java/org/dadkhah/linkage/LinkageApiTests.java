package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LinkageApiTests extends ApiTest {

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

    private String propose(String left, String right, String token) throws Exception {
        var created = postJson("/api/v1/linkage/pairs", token, "{\"left\":\"%s\",\"right\":\"%s\"}".formatted(left, right));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    @Test
    void aRunOverTheDatabaseQueuesTheSamePersonSpelledInBothScriptsForReview() throws Exception {
        String tag = tag();
        String latin = person("Mostafa Pour-Mohammadi", "Ali", "1959-03-21", "PUBLIC", tag);
        String sameDay = org.dadkhah.shared.PartialDate.parse("1959-03-21").toSolarHijriString();
        String persian = person("مصطفی پورمحمدی", "علی", sameDay, "PUBLIC", tag);
        person("Hassan Rezaei", "Mahmoud", "1965-05-05", "PUBLIC", tag);
        person("Zahra Karimi", "Reza", "1970", "PUBLIC", tag);
        var run = postJson("/api/v1/linkage/runs", admin(), "{\"name\":\"%s\"}".formatted(tag));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().get("persons").asInt()).isEqualTo(4);
        JsonNode queue = getJson("/api/v1/linkage/review?person=" + latin, admin()).body().get("items");
        List<String> partners = new ArrayList<>();
        queue.forEach(item -> partners.add(item.get("left").get("id").asString().equals(latin)
                ? item.get("right").get("id").asString() : item.get("left").get("id").asString()));
        assertThat(partners).contains(persian);
        JsonNode first = queue.get(partners.indexOf(persian));
        assertThat(first.get("explanation").get("fields").size()).isEqualTo(6);
        assertThat(first.get("explanation").get("fields").get(0).get("level").asString()).isEqualTo("phonetic");
        assertThat(first.get("explanation").get("fields").get(3).get("level").asString()).isEqualTo("exact");
    }

    @Test
    void acceptingGroupsTheRecordsAndUndoingRestoresEveryRecordAndCitationExactly() throws Exception {
        String tag = tag();
        String a = person("Hossein Ahmadi", "Karim", "1960", "PUBLIC", tag);
        String b = person("حسین احمدی", "کریم", "1339", "PUBLIC", tag);
        String source = create("/api/v1/sources", "{\"kind\":\"LIST\",\"title\":\"List %s\"}".formatted(tag));
        for (String p : List.of(a, b)) {
            create("/api/v1/citations", "{\"source\":\"%s\",\"recordType\":\"person\",\"recordId\":\"%s\",\"excerpt\":\"on the list\"}"
                    .formatted(source, p));
        }
        String before = getJson("/api/v1/persons/" + a, admin()).text() + getJson("/api/v1/persons/" + b, admin()).text()
                + getJson("/api/v1/citations?source=" + source, admin()).text();
        String pair = propose(a, b, token(Role.EDITOR));
        var accepted = postJson("/api/v1/linkage/pairs/" + pair + "/decision", token(Role.EDITOR), "{\"decision\":\"accept\"}");
        assertThat(accepted.body().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(getJson("/api/v1/linkage/persons/" + a + "/group", admin()).body().get("members").toString())
                .contains(a, b);
        var undone = postJson("/api/v1/linkage/pairs/" + pair + "/undo", token(Role.EDITOR), "{\"note\":\"not sure\"}");
        assertThat(undone.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(getJson("/api/v1/linkage/persons/" + a + "/group", admin()).body().get("members").toString())
                .doesNotContain(b);
        assertThat(undone.body().get("history").size()).isEqualTo(3);
        String after = getJson("/api/v1/persons/" + a, admin()).text() + getJson("/api/v1/persons/" + b, admin()).text()
                + getJson("/api/v1/citations?source=" + source, admin()).text();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theReviewQueueNeverShowsAPersonTheReviewerMayNotRead() throws Exception {
        String tag = tag();
        String open = person("Reza Tabrizi", "Ahmad", "1962", "PUBLIC", tag);
        String secret = person("Reza Tabrizi " + tag + "secret", "Ahmad", "1962", "SECRET", tag);
        String pair = propose(open, secret, admin());
        for (Role role : List.of(Role.VIEWER, Role.RESEARCHER, Role.ANALYST, Role.EDITOR)) {
            var queue = getJson("/api/v1/linkage/review?limit=200&person=" + open, token(role));
            assertThat(queue.status()).isEqualTo(200);
            assertThat(queue.text()).doesNotContain(secret).doesNotContain(tag + "secret");
            assertThat(getJson("/api/v1/linkage/pairs/" + pair, token(role)).status()).isEqualTo(404);
            assertThat(postJson("/api/v1/linkage/pairs/" + pair + "/decision", token(role), "{\"decision\":\"accept\"}")
                    .status()).isIn(403, 404);
        }
        assertThat(getJson("/api/v1/linkage/review?limit=200&person=" + open, admin()).text()).contains(secret);
    }

    @Test
    void aRunByAResearcherPairsOnlyPersonsTheResearcherMayRead() throws Exception {
        String tag = tag();
        String open = person("Javad Shirazi", "Hamid", "1958-02-02", "PUBLIC", tag);
        String twin = person("Javad Shirazi", "Hamid", "1958-02-02", "INTERNAL", tag);
        String secret = person("Javad Shirazi", "Hamid", "1958-02-02", "SECRET", tag);
        var run = postJson("/api/v1/linkage/runs", token(Role.RESEARCHER), "{\"name\":\"%s\"}".formatted(tag));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().get("persons").asInt()).isEqualTo(2);
        String queue = getJson("/api/v1/linkage/review?limit=200&person=" + open, admin()).text();
        assertThat(queue).contains(twin).doesNotContain(secret);
    }

    @Test
    void badDecisionsAndProposalsAreRefusedWithTheField() throws Exception {
        String tag = tag();
        String a = person("Ali Moradi", "Hassan", "1961", "PUBLIC", tag);
        var self = postJson("/api/v1/linkage/pairs", admin(), "{\"left\":\"%s\",\"right\":\"%s\"}".formatted(a, a));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.text()).contains("\"field\":\"right\"");
        String b = person("Ali Moradi", "Hassan", "1961", "PUBLIC", tag);
        String pair = propose(a, b, admin());
        var wrong = postJson("/api/v1/linkage/pairs/" + pair + "/decision", admin(), "{\"decision\":\"maybe\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("\"field\":\"decision\"");
        assertThat(getJson("/api/v1/linkage/review?colour=red", admin()).status()).isEqualTo(400);
        assertThat(postJson("/api/v1/linkage/runs", token(Role.VIEWER), "{}").status()).isEqualTo(403);
    }
}
