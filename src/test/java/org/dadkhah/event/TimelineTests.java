package org.dadkhah.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;

class TimelineTests extends ApiTest {

    @Test
    void aPersonsTimelineOrdersActsProceedingsAndPostsByDateWithTheirCitations() throws Exception {
        String person = create("/api/v1/persons",
                "{\"names\":[{\"text\":\"Timeline Person\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        String official = create("/api/v1/persons",
                "{\"names\":[{\"text\":\"Timeline Judge\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        String court = create("/api/v1/organisations", "{\"name\":\"Revolutionary Court\",\"kind\":\"COURT\"}");
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Timeline report\"}");
        String execution = create("/api/v1/acts", "{\"type\":\"EXECUTION\",\"victim\":\"%s\",\"date\":\"Mordad 1367\"}".formatted(person));
        create("/api/v1/acts", "{\"type\":\"ARBITRARY_ARREST\",\"victim\":\"%s\",\"date\":\"1981\"}".formatted(person));
        create("/api/v1/proceedings", """
                {"title":"Trial","kind":"REVOLUTIONARY_COURT","date":"1367-04-20","court":"%s",
                 "parties":[{"person":"%s","role":"DEFENDANT"},{"person":"%s","role":"JUDGE"}]}""".formatted(court, person, official));
        create("/api/v1/posts", "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Prisoner representative\",\"from\":\"1985\"}"
                .formatted(person, court));
        create("/api/v1/citations", "{\"source\":\"%s\",\"recordType\":\"act\",\"recordId\":\"%s\",\"excerpt\":\"was hanged\"}"
                .formatted(source, execution));

        var timeline = getJson("/api/v1/persons/" + person + "/timeline", admin());
        assertThat(timeline.status()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        timeline.body().get("entries").forEach(e -> kinds.add(e.get("kind").asString() + ":" + e.get("sortDate").asString()));
        assertThat(kinds).containsExactly("ACT:1981-01-01", "POST:1985-01-01", "PROCEEDING:1988-07-11", "ACT:1988-07-23");
        assertThat(timeline.body().get("entries").get(3).get("record").get("citations").get(0).get("excerpt").asString())
                .isEqualTo("was hanged");

        var judge = getJson("/api/v1/persons/" + official + "/timeline", admin());
        assertThat(judge.body().get("entries")).hasSize(1);
    }

    @Test
    void theTimelineOfAnUnknownPersonIsNotFound() throws Exception {
        assertThat(getJson("/api/v1/persons/00000000-0000-0000-0000-000000000001/timeline", admin()).status()).isEqualTo(404);
        assertThat(getJson("/api/v1/persons/not-a-uuid/timeline", admin()).status()).isEqualTo(400);
    }
}
