package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every record type's endpoint: a happy path and a bad-input path. A new type without a case here fails. */
class RecordTypesApiTests extends ApiTest {

    @Autowired
    RecordTypes types;

    private final Map<String, Function<Fixture, String>> validBodies = new LinkedHashMap<>();
    private final Map<String, String> invalidBodies = new LinkedHashMap<>();

    /** Records the bodies refer to. */
    record Fixture(String person, String other, String place, String organisation, String event, String act,
            String source) {
    }

    @BeforeEach
    void bodies() {
        validBodies.put("persons", f -> "{\"names\":[{\"text\":\"Valid Person\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        validBodies.put("places", f -> "{\"name\":\"Gohardasht Prison\",\"kind\":\"PRISON\",\"latitude\":35.8,\"longitude\":50.9}");
        validBodies.put("organisations", f -> "{\"name\":\"Death commission (Tehran)\",\"kind\":\"DEATH_COMMISSION\"}");
        validBodies.put("posts", f -> "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Member\",\"from\":\"summer 1988\"}"
                .formatted(f.person(), f.organisation()));
        validBodies.put("events", f -> "{\"title\":\"Massacre\",\"start\":\"1988-07-19\",\"place\":\"%s\"}".formatted(f.place()));
        validBodies.put("acts", f -> "{\"type\":\"EXECUTION\",\"victim\":\"%s\",\"event\":\"%s\",\"date\":\"Mordad 1367\"}"
                .formatted(f.person(), f.event()));
        validBodies.put("involvements", f -> "{\"act\":\"%s\",\"perpetratorPerson\":\"%s\",\"role\":\"DECIDED\"}"
                .formatted(f.act(), f.other()));
        validBodies.put("proceedings", f -> "{\"title\":\"Trial\",\"kind\":\"UNIVERSAL_JURISDICTION\",\"parties\":[{\"person\":\"%s\",\"role\":\"DEFENDANT\"}]}"
                .formatted(f.other()));
        validBodies.put("relationships", f -> "{\"person\":\"%s\",\"relatedPerson\":\"%s\",\"kind\":\"SIBLING\"}"
                .formatted(f.person(), f.other()));
        validBodies.put("sources", f -> "{\"kind\":\"ARTICLE\",\"title\":\"An article\",\"url\":\"https://example.org/a\"}");
        validBodies.put("citations", f -> "{\"source\":\"%s\",\"recordType\":\"person\",\"recordId\":\"%s\",\"excerpt\":\"words\"}"
                .formatted(f.source(), f.person()));
        validBodies.put("claims", f -> "{\"subjectType\":\"EVENT\",\"subjectId\":\"%s\",\"counted\":\"EXECUTED\",\"low\":30000,\"high\":30000,\"source\":\"%s\",\"attributedTo\":\"NCRI\"}"
                .formatted(f.event(), f.source()));
        validBodies.put("testimonies", f -> "{\"intervieweeName\":\"A witness\",\"transcript\":\"I saw it\",\"consentScope\":\"INTERNAL_ONLY\",\"taken\":\"1367\"}");
        invalidBodies.put("testimonies", "{\"consentScope\":\"TELL_EVERYONE\"}");
        invalidBodies.put("persons", "{\"names\":[]}");
        invalidBodies.put("places", "{\"name\":\"X\",\"kind\":\"SPACESHIP\"}");
        invalidBodies.put("organisations", "{\"kind\":\"COURT\"}");
        invalidBodies.put("posts", "{\"person\":\"not-a-uuid\",\"title\":\"Member\"}");
        invalidBodies.put("events", "{\"title\":\"X\",\"start\":\"1367-12-30\"}");
        invalidBodies.put("acts", "{\"type\":\"TICKLING\",\"victim\":\"00000000-0000-0000-0000-000000000000\"}");
        invalidBodies.put("involvements", "{\"role\":\"DECIDED\"}");
        invalidBodies.put("proceedings", "{\"title\":\"T\",\"kind\":\"REVOLUTIONARY_COURT\",\"parties\":[{\"role\":\"JUDGE\"}]}");
        invalidBodies.put("relationships", "{\"kind\":\"FRIEND\"}");
        invalidBodies.put("sources", "{\"kind\":\"ARTICLE\",\"title\":\"T\",\"url\":\"javascript:alert(1)\"}");
        invalidBodies.put("citations", "{\"source\":\"00000000-0000-0000-0000-000000000000\",\"recordType\":\"spaceship\",\"recordId\":\"00000000-0000-0000-0000-000000000000\"}");
        invalidBodies.put("claims", "{\"subjectType\":\"EVENT\",\"counted\":\"EXECUTED\",\"low\":5,\"high\":2}");
    }

    @Test
    void everyRecordTypeHasATestCase() {
        assertThat(validBodies.keySet()).containsExactlyInAnyOrderElementsOf(
                types.all().stream().map(RecordType::path).toList());
        assertThat(invalidBodies.keySet()).containsExactlyInAnyOrderElementsOf(validBodies.keySet());
    }

    @Test
    void everyRecordTypeIsCreatedReadUpdatedListedAndDeleted() throws Exception {
        Fixture f = fixture();
        for (var entry : validBodies.entrySet()) {
            String path = "/api/v1/" + entry.getKey();
            String body = entry.getValue().apply(f);
            String id = create(path, body);
            var read = getJson(path + "/" + id, admin());
            assertThat(read.status()).as(path).isEqualTo(200);
            assertThat(putJson(path + "/" + id, admin(), read.header("ETag"), body).status()).as(path).isEqualTo(200);
            assertThat(getJson(path + "?limit=5", admin()).status()).as(path).isEqualTo(200);
            assertThat(deleteJson(path + "/" + id, admin()).status()).as(path).isEqualTo(204);
        }
    }

    @Test
    void everyRecordTypeRefusesBadInputWithFieldMessages() throws Exception {
        for (var entry : invalidBodies.entrySet()) {
            var response = postJson("/api/v1/" + entry.getKey(), admin(), entry.getValue());
            assertThat(response.status()).as(entry.getKey()).isEqualTo(400);
            assertThat(response.body().get("errors")).as(entry.getKey()).isNotEmpty();
            assertThat(response.text()).as(entry.getKey()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() throws Exception {
        var response = postJson("/api/v1/persons", admin(), "{\"names\": [");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).doesNotContain("at org.").doesNotContain("Exception");
    }

    private Fixture fixture() throws Exception {
        String person = create("/api/v1/persons", validBodies.get("persons").apply(null));
        String other = create("/api/v1/persons", validBodies.get("persons").apply(null));
        String place = create("/api/v1/places", validBodies.get("places").apply(null));
        String organisation = create("/api/v1/organisations", validBodies.get("organisations").apply(null));
        String source = create("/api/v1/sources", validBodies.get("sources").apply(null));
        Fixture partial = new Fixture(person, other, place, organisation, null, null, source);
        String event = create("/api/v1/events", validBodies.get("events").apply(partial));
        partial = new Fixture(person, other, place, organisation, event, null, source);
        String act = create("/api/v1/acts", validBodies.get("acts").apply(partial));
        return new Fixture(person, other, place, organisation, event, act, source);
    }
}
