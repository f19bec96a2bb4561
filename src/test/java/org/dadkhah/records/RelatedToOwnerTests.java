package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RelatedRecords#relatedTo} takes the owner's label from the owner's representation only when the read layer
 * issued that very map to the same caller in the same transaction; a map made elsewhere gives its id, never a label.
 */
class RelatedToOwnerTests extends ApiTest {

    @Autowired
    RelatedRecords related;

    @Autowired
    RecordQueries queries;

    @Autowired
    RecordTypes types;

    @Autowired
    TransactionTemplate transactions;

    private final Caller viewer = new Caller("related-viewer", Role.VIEWER, Set.of(), false);
    private final Caller editor = new Caller("related-editor", Role.EDITOR, Set.of(), false);

    @Test
    void aHandMadeOwnerMapLendsNoLabelToTheActsOfAPersonTheCallerMayNotSee() throws Exception {
        UUID person = restrictedPersonWithAPublicAct("Hidden Owner");
        Map<String, Object> forged = new LinkedHashMap<>();
        forged.put("id", person);
        forged.put("names", List.of(Map.of("text", "Forged Label")));
        List<Map<String, Object>> acts = transactions.execute(s -> related.relatedTo(types.require("acts"),
                "victim_id", types.require("persons"), forged, viewer));
        assertThat(acts).hasSize(1);
        assertThat(acts.get(0)).doesNotContainKey("victimLabel");
    }

    @Test
    void anOwnerReadByAnotherCallerLendsTheViewerNoLabel() throws Exception {
        UUID person = restrictedPersonWithAPublicAct("Editor's Owner");
        List<Map<String, Object>> acts = transactions.execute(s -> {
            Map<String, Object> readByEditor = queries.get(types.require("persons"), person, editor);
            return related.relatedTo(types.require("acts"), "victim_id", types.require("persons"), readByEditor, viewer);
        });
        assertThat(acts).hasSize(1);
        assertThat(acts.get(0)).doesNotContainKey("victimLabel");
    }

    @Test
    void anOwnerTheReadLayerGaveTheSameCallerNamesItsActsVictim() throws Exception {
        UUID person = restrictedPersonWithAPublicAct("Issued Owner");
        Map<String, Object> forged = new LinkedHashMap<>();
        List<Map<String, Object>> acts = transactions.execute(s -> {
            Map<String, Object> owner = queries.get(types.require("persons"), person, editor);
            forged.putAll(owner);
            forged.put("names", List.of(Map.of("text", "Copied And Changed")));
            return related.relatedTo(types.require("acts"), "victim_id", types.require("persons"), owner, editor);
        });
        assertThat(acts).singleElement().satisfies(act -> assertThat(act.get("victimLabel")).isEqualTo("Issued Owner"));
        List<Map<String, Object>> fromCopy = transactions.execute(s -> related.relatedTo(types.require("acts"),
                "victim_id", types.require("persons"), forged, editor));
        assertThat(fromCopy).singleElement()
                .satisfies(act -> assertThat(act.get("victimLabel")).isEqualTo("Issued Owner"));
    }

    private UUID restrictedPersonWithAPublicAct(String name) throws Exception {
        String person = create("/api/v1/persons", """
                {"confidentiality":"RESTRICTED","names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(name));
        create("/api/v1/acts", """
                {"confidentiality":"PUBLIC","type":"ARBITRARY_ARREST","victim":"%s","date":"1367"}""".formatted(person));
        return UUID.fromString(person);
    }
}
