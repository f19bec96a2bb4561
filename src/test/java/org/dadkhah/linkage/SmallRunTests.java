package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallRunTests {

    private static LinkRecord person(String id, String name, String father, String birth) {
        return new LinkRecord(id, Map.of("name", name, "father", father, "birth_date", birth));
    }

    @Test
    void aHandfulOfRecordsStillLinksTheSamePersonAcrossScriptsAndCalendars() {
        LinkageConfig config = LinkageConfig.of("id", new java.util.LinkedHashMap<>(Map.of(
                "name", FieldType.FULL_NAME, "father", FieldType.FATHER_NAME, "birth_date", FieldType.DATE)));
        List<LinkRecord> records = List.of(
                person("a", "Mostafa Pour-Mohammadi", "Ali", "1959-03-21"),
                person("b", "مصطفی پورمحمدی", "علی", org.dadkhah.shared.PartialDate.parse("1959-03-21").toSolarHijriString()),
                person("c", "Hassan Rezaei", "Mahmoud", "1965-05-05"),
                person("d", "Zahra Karimi", "Reza", "1970"));
        LinkageRun run = LinkageEngine.run(config, records, null, List.of());
        assertThat(run.pairs()).anyMatch(p -> p.leftId().equals("a") && p.rightId().equals("b"));
        assertThat(run.pairs()).noneMatch(p -> p.leftId().equals("c") || p.rightId().equals("d"));
    }
}
