package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticPersonsTests {

    /** All pairs of records of one person. */
    static List<List<String>> truth(List<SyntheticPersons.Generated> generated) {
        Map<String, List<String>> byPerson = new HashMap<>();
        generated.forEach(g -> byPerson.computeIfAbsent(g.person(), p -> new ArrayList<>()).add(g.record().id()));
        List<List<String>> pairs = new ArrayList<>();
        for (List<String> ids : byPerson.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(List.of(ids.get(i), ids.get(j)));
                }
            }
        }
        return pairs;
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        var first = new SyntheticPersons(42).generate(500, 3, 0.3, Integer.MAX_VALUE);
        var second = new SyntheticPersons(42).generate(500, 3, 0.3, Integer.MAX_VALUE);
        assertThat(first).isEqualTo(second);
        assertThat(first.stream().map(g -> g.record().values().get("surname")))
                .anyMatch(s -> s.matches(".*[\\u0600-\\u06FF].*")).anyMatch(s -> s.matches(".*[a-z].*"));
        assertThat(truth(first)).isNotEmpty();
    }
}
