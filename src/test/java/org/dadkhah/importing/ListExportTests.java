package org.dadkhah.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dadkhah.cli.DadkhahCommand;
import org.dadkhah.security.Role;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Lists out: meaning, not codes; and an export shows a caller exactly what the API would. Markers are planted in
 * records above the viewer's level, in sealed fields and in a testimony whose consent was withdrawn; no export for
 * a role that may not see them may contain them, by the API or by the command line.
 */
class ListExportTests extends ApiTest {

    @TempDir
    Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "k");

    private String marker(String what) {
        return "zx" + what + run;
    }

    /** A person at each level (names, father's name and sealed contact all marked), each with an execution. */
    private List<String> world() throws Exception {
        List<String> persons = new ArrayList<>();
        for (Confidentiality level : Confidentiality.values()) {
            String person = create("/api/v1/persons", """
                    {"names":[{"text":"Exportzadeh %s","script":"LATIN","kind":"BIRTH_NAME"},
                              {"text":"اکسپورت","script":"PERSIAN","kind":"BIRTH_NAME"}],
                     "fatherName":"%s","contact":"%s","birthDate":"1340","confidentiality":"%s"}"""
                    .formatted(marker(level.name()), marker(level.name()), marker("SEALED"), level));
            create("/api/v1/acts", """
                    {"type":"EXECUTION","victim":"%s","date":"مرداد ۱۳۶۷","description":"%s","confidentiality":"%s"}"""
                    .formatted(person, marker(level.name()), level));
            persons.add(person);
        }
        create("/api/v1/testimonies", """
                {"notes":"%s","intervieweeName":"%s","consentWithdrawn":true,"confidentiality":"PUBLIC"}"""
                .formatted(marker("WITHDRAWN"), marker("SEALED")));
        return persons;
    }

    private String export(String type, String format, Role role) throws Exception {
        var response = getJson("/api/v1/" + type + "/export?format=" + format, token(role));
        assertThat(response.status()).isEqualTo(200);
        return response.text();
    }

    @Test
    void aViewersExportHoldsNoRestrictedRecordNoSealedFieldAndNoWithdrawnTestimony() throws Exception {
        world();
        for (String type : List.of("persons", "acts", "testimonies")) {
            for (String format : List.of("csv", "jsonl")) {
                String viewer = export(type, format, Role.VIEWER);
                String researcher = export(type, format, Role.RESEARCHER);
                String admin = export(type, format, Role.ADMIN);
                if (!type.equals("testimonies")) {
                    assertThat(viewer).contains(marker("PUBLIC"));
                    assertThat(researcher).contains(marker("PUBLIC"), marker("INTERNAL"));
                    assertThat(admin).contains(marker("SECRET"));
                }
                assertThat(viewer).doesNotContain(marker("INTERNAL"), marker("RESTRICTED"), marker("SECRET"),
                        marker("SEALED"), marker("WITHDRAWN"));
                assertThat(researcher).doesNotContain(marker("RESTRICTED"), marker("SECRET"), marker("SEALED"),
                        marker("WITHDRAWN"));
                assertThat(admin).as("sealed fields are never exported").doesNotContain(marker("SEALED"));
            }
        }
    }

    @Test
    void theCommandLineExportsOnlyWhatTheAccountMaySee() throws Exception {
        world();
        token(Role.VIEWER);
        Path out = dir.resolve("persons.csv");
        int exit;
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new DadkhahCommand()).execute("export", "persons", "--format", "csv", "--user",
                    "test-viewer", "--output", out.toString());
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains(marker("PUBLIC")).doesNotContain(marker("INTERNAL"), marker("RESTRICTED"),
                marker("SECRET"), marker("SEALED"));
    }

    @Test
    void anExportGivesLabelsAndCodesDatesInBothCalendarsEveryNameAndLinks() throws Exception {
        List<String> persons = world();
        String acts = export("acts", "csv", Role.ADMIN);
        assertThat(acts).startsWith("\uFEFFid,link,confidentiality,type,type (English),type (Persian),victim");
        String line = acts.lines().filter(l -> l.contains(marker("PUBLIC"))).findFirst().orElseThrow();
        assertThat(line).contains(",EXECUTION,Execution,اعدام,", "مرداد ۱۳۶۷", "1988-07-23..1988-08-22", "Mordad 1367",
                "/api/v1/acts/");
        String people = export("persons", "jsonl", Role.ADMIN);
        String person = people.lines().filter(l -> l.contains(persons.get(0))).findFirst().orElseThrow();
        assertThat(person).contains("\"link\":\"/api/v1/persons/" + persons.get(0) + "\"", "اکسپورت",
                "Exportzadeh " + marker("PUBLIC"), "\"solarHijri\"");
        String filtered = getJson("/api/v1/acts/export?format=jsonl&victim=" + persons.get(0), admin()).text();
        assertThat(filtered.lines()).hasSize(1);
        assertThat(filtered).contains("\"typeLabel\":{\"en\":\"Execution\",\"fa\":\"اعدام\"}");
        var bad = getJson("/api/v1/acts/export?format=xml", admin());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    @Test
    void everyExportIsAudited() throws Exception {
        world();
        long before = exports();
        export("persons", "csv", Role.RESEARCHER);
        assertThat(exports()).isEqualTo(before + 1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long exports() {
        return jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and actor = 'test-researcher'")
                .query(Long.class).single();
    }
}
