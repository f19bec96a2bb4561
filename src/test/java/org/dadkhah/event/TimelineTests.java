package org.dadkhah.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimelineTests extends ApiTest {

    @Autowired
    private PersonTimeline timeline;

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
    void aPersonsStoryGivesTheStatusLabelsAndEntriesTheApiGivesEachCaller() throws Exception {
        String person = create("/api/v1/persons", """
                {"confidentiality":"PUBLIC","names":[{"text":"Story Person","script":"LATIN","kind":"BIRTH_NAME"}]}""");
        String disappearance = create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"ENFORCED_DISAPPEARANCE","victim":"%s","date":"1362"}"""
                .formatted(person));
        String execution = create("/api/v1/acts", """
                {"confidentiality":"RESTRICTED","type":"EXECUTION","victim":"%s","date":"Mordad 1367"}"""
                .formatted(person));
        UUID id = UUID.fromString(person);
        for (Role role : List.of(Role.VIEWER, Role.EDITOR)) {
            token(role);
            Caller caller = new Caller("test-" + role.name().toLowerCase(), role, Set.of(), false);
            PersonTimeline.Story story = timeline.story(id, caller, Set.of("citations"));
            var api = getJson("/api/v1/persons/" + person, token(role)).body();
            assertThat(story.effectiveStatus().get("status")).isEqualTo(api.get("effectiveStatus").get("status").asString());
            assertThat(String.valueOf(story.effectiveStatus().get("fromAct")))
                    .isEqualTo(api.get("effectiveStatus").get("fromAct").asString());
            assertThat(story.person()).doesNotContainKey("effectiveStatus").doesNotContainKey("posts")
                    .containsKey("citations");
            List<String> acts = new ArrayList<>();
            story.entries().forEach(e -> {
                Map<?, ?> record = (Map<?, ?>) e.get("record");
                acts.add(record.get("id") + " " + record.get("victimLabel"));
            });
            List<String> fromApi = new ArrayList<>();
            getJson("/api/v1/persons/" + person + "/timeline", token(role)).body().get("entries").forEach(e -> fromApi
                    .add(e.get("record").get("id").asString() + " " + e.get("record").get("victimLabel").asString()));
            assertThat(acts).isEqualTo(fromApi);
        }
        Caller viewer = new Caller("test-viewer", Role.VIEWER, Set.of(), false);
        assertThat(timeline.story(id, viewer, Set.of()).effectiveStatus())
                .containsEntry("status", "DISAPPEARED").containsEntry("fromAct", UUID.fromString(disappearance));
        Caller editor = new Caller("test-editor", Role.EDITOR, Set.of(), false);
        assertThat(timeline.story(id, editor, Set.of()).effectiveStatus())
                .containsEntry("status", "DECEASED").containsEntry("fromAct", UUID.fromString(execution));
        assertThat(timeline.story(id, editor, Set.of()).entries().stream()
                .map(e -> String.valueOf(((Map<?, ?>) e.get("record")).get("victimLabel")))).containsOnly("Story Person");
    }

    @Test
    void theStoryOfAPersonTheCallerMayNotSeeIsNotFound() throws Exception {
        String hidden = create("/api/v1/persons", """
                {"confidentiality":"RESTRICTED","names":[{"text":"Hidden Story","script":"LATIN","kind":"BIRTH_NAME"}]}""");
        create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"ARBITRARY_ARREST","victim":"%s","date":"1360"}""".formatted(hidden));
        Caller viewer = new Caller("test-viewer", Role.VIEWER, Set.of(), false);
        assertThatThrownBy(() -> timeline.story(UUID.fromString(hidden), viewer, Set.of()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theTimelineOfAnUnknownPersonIsNotFound() throws Exception {
        assertThat(getJson("/api/v1/persons/00000000-0000-0000-0000-000000000001/timeline", admin()).status()).isEqualTo(404);
        assertThat(getJson("/api/v1/persons/not-a-uuid/timeline", admin()).status()).isEqualTo(400);
    }
}
