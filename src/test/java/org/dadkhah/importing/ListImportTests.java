package org.dadkhah.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lists in: encodings, workbooks, the report, all or nothing, re-import, formulas. */
class ListImportTests extends ApiTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    @Autowired
    ListImport imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final Random random = new Random();

    /** The list's rows in Persian letters as a Persian keyboard types them. */
    private List<List<String>> rows(String place) {
        String s1 = ListFixtures.word(random, 7);
        String s2 = ListFixtures.word(random, 7);
        return List.of(Arrays.asList(ListFixtures.HEADER.split(",")),
                List.of("۱", "علی", s1, "کاظم", "۱۳۴۰/۰۵/۱۲", "مرداد ۱۳۶۷", place),
                List.of("2", "مریم", s2, "یوسف", "1345", "1367-05-07", "زندان " + place),
                List.of("3", "Hossein", "Rezaei" + s1.length(), "", "", "summer 1988", place),
                List.of("4", "Zahra", "Noori" + s2.length(), "", "", "", ""));
    }

    private static String csvText(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(String.join(",", r)).append("\r\n"));
        return text.toString();
    }

    /** As Excel on Persian Windows writes it: Arabic yeh and kaf, ASCII digits. */
    private static String arabicKeyboard(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == 'ی' ? 'ي' : c == 'ک' ? 'ك' : c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰') : c);
        }
        return out.toString();
    }

    private ImportReport run(Path file, String mapping, boolean dryRun) throws Exception {
        return imports.run(file, file.getFileName().toString(), mapping, dryRun, null, Caller.OPERATOR);
    }

    /** What the list's records say, row by row, in a form that compares across imports. */
    private List<String> stored(UUID source) {
        return jdbc.sql("""
                select c.locator || ' | ' || n.text || ' | ' || n.script || ' | ' || coalesce(p.father_name, '') || ' | '
                       || coalesce(p.birth_date_earliest::text, '') || '..' || coalesce(p.birth_date_latest::text, '')
                       || ' | ' || a.type || ' ' || coalesce(a.date_earliest || '..' || a.date_latest, '-') || ' | ' || coalesce(pl.name, '-')
                       || ' | act cited ' || (select count(*) from citation ac where ac.record_id = a.id and ac.source_id = c.source_id)
                from citation c join person p on c.record_type = 'person' and c.record_id = p.id
                join person_name n on n.parent_id = p.id join act a on a.victim_id = p.id left join place pl on pl.id = a.place_id
                where c.source_id = ? order by c.locator""").param(source).query(String.class).list();
    }

    @Test
    void theSameListInUtf8WithBomWindows1256Utf16AndXlsxGivesTheSameRecords() throws Exception {
        String place = ListFixtures.word(random, 6);
        List<List<String>> rows = rows(place);
        String text = csvText(rows);
        List<Path> files = List.of(
                ListFixtures.csv(dir, "utf8.csv", text, StandardCharsets.UTF_8, UTF8_BOM),
                ListFixtures.csv(dir, "ansi.csv", arabicKeyboard(text), TableEncoding.WINDOWS_1256, new byte[0]),
                ListFixtures.csv(dir, "utf16.csv", text, StandardCharsets.UTF_16LE, UTF16LE_BOM),
                ListFixtures.xlsx(dir, "list.xlsx", rows));
        List<List<String>> results = new ArrayList<>();
        List<String> encodings = new ArrayList<>();
        for (Path file : files) {
            ImportReport report = run(file, ListFixtures.mapping(place), false);
            assertThat(report.errors()).as(report.text()).isZero();
            assertThat(report.stored()).isTrue();
            encodings.add(report.encoding());
            results.add(stored(report.source()));
        }
        assertThat(encodings).containsExactly("UTF-8 (UTF-8 byte-order mark)", "windows-1256 (not UTF-8, read as Windows-1256)",
                "UTF-16LE (UTF-16LE byte-order mark)", "XLSX");
        assertThat(results.get(0)).hasSize(4);
        assertThat(results.get(0).get(3)).as("a row with empty trailing cells is whole, also in a workbook")
                .endsWith(" | EXECUTION - | - | act cited 1");
        assertThat(results.get(0).get(0)).startsWith("row 1; ردیف ۱ | علی " + rows.get(1).get(2) + " | PERSIAN | کاظم | "
                + "1961-08-03..1961-08-03 | EXECUTION 1988-07-23..1988-08-22 | " + place + " | act cited 1");
        assertThat(results.get(1)).isEqualTo(results.get(0).stream().map(r -> r.replace("ردیف ۱", "ردیف 1")).toList());
        assertThat(results.get(2)).isEqualTo(results.get(0));
        assertThat(results.get(3)).isEqualTo(results.get(0));
        assertThat(jdbc.sql("select count(*) from place where name = ?").param(place).query(Long.class).single())
                .as("a place is created once, then found by its normalised name").isEqualTo(1);
    }

    @Test
    void theFileIsKeptAsTheListsEvidenceHashedWithCustody() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path file = ListFixtures.csv(dir, "list.csv", csvText(rows(place)), StandardCharsets.UTF_8, new byte[0]);
        ImportReport report = run(file, ListFixtures.mapping(place), false);

        var source = getJson("/api/v1/sources/" + report.source(), admin()).body();
        assertThat(source.get("kind").asString()).isEqualTo("LIST");
        assertThat(source.get("sha256").asString()).isEqualTo(report.sha256());
        assertThat(source.get("confidentiality").asString()).isEqualTo("INTERNAL");
        var download = getJson("/api/v1/sources/" + report.source() + "/file", admin());
        assertThat(download.header("X-Content-SHA256")).isEqualTo(report.sha256());
        assertThat(download.result().getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(file));
        assertThat(getJson("/api/v1/sources/" + report.source() + "/custody", admin()).body()).hasSize(1);
        assertThat(report.problems()).extracting(ImportReport.Problem::line)
                .contains("row 1: warning: زندان: Place created: " + place)
                .contains("row 3: warning: نام: Name in an unexpected script ([LATIN]): Hossein Rezaei7");
    }

    @Test
    void aFileWithAnImpossibleDateAShortRowAMonth13AndAnUnknownTermNamesEachRowAndStoresNothing() throws Exception {
        String place = ListFixtures.word(random, 6);
        String mapping = ListFixtures.mapping(place).replace("type: EXECUTION", "type: نوع");
        String text = "ردیف,نام,نام خانوادگی,نام پدر,تاریخ تولد,تاریخ اعدام,زندان,نوع\n"
                + "1,Ali,Good" + place.length() + ",Reza,1340,1367-05-07," + place + ",اعدام\n"
                + "2,Esfand,Leap,Reza,1367-12-30,1367-05-07," + place + ",EXECUTION\n"
                + "3,Short,Row,Reza\n"
                + "4,Month,Thirteen,Reza,1340,1367-13-01," + place + ",Execution\n"
                + "5,Unknown,Term,Reza,1340,1367-05-07," + place + ",BEHEADING\n";
        Path file = ListFixtures.csv(dir, "bad.csv", text, StandardCharsets.UTF_8, new byte[0]);
        long persons = count("person");
        long sources = count("source");
        long places = count("place");

        for (boolean dryRun : List.of(true, false)) {
            ImportReport report = run(file, mapping, dryRun);
            assertThat(report.problems()).extracting(ImportReport.Problem::line).contains(
                    "row 2: error: تاریخ تولد: 1367 is not a leap year in the Solar Hijri calendar: Esfand has 29 days",
                    "row 3: error: (row): Wrong column count: 4 cells, the header has 8",
                    "row 4: error: تاریخ اعدام: month 13 does not exist: months are numbered 1 to 12",
                    "row 5: error: نوع: Unknown term of vocabulary ACT_TYPE: BEHEADING");
            assertThat(report.problems()).noneMatch(p -> p.row() == 1 && p.severity() == ImportReport.Severity.ERROR);
            assertThat(report.errors()).isEqualTo(4);
            assertThat(report.failed()).isTrue();
            assertThat(report.stored()).isFalse();
            assertThat(report.summary()).endsWith("nothing stored");
        }
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("source")).isEqualTo(sources);
        assertThat(count("place")).as("the place the first row created is rolled back too").isEqualTo(places);
    }

    @Test
    void brokenQuotingIsReportedWithItsRow() throws Exception {
        String place = ListFixtures.word(random, 6);
        String text = ListFixtures.HEADER + "\n1,Ali,Quoted,Reza,1340,1367,اوین\n2,\"Ali,Broken\"x,Reza,1340,1367,اوین\n";
        ImportReport report = run(ListFixtures.csv(dir, "quote.csv", text, StandardCharsets.UTF_8, new byte[0]),
                ListFixtures.mapping(place), false);
        assertThat(report.problems()).filteredOn(p -> p.severity() == ImportReport.Severity.ERROR).singleElement()
                .satisfies(p -> assertThat(p.line()).startsWith("row 2: error: (file): Broken quoting"));
        assertThat(report.stored()).isFalse();
    }

    @Test
    void aDryRunWithoutErrorsReportsWhatItWouldStoreAndStoresNothing() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path file = ListFixtures.csv(dir, "dry.csv", csvText(rows(place)), StandardCharsets.UTF_8, UTF8_BOM);
        long persons = count("person");

        ImportReport report = run(file, ListFixtures.mapping(place), true);

        assertThat(report.failed()).isFalse();
        assertThat(report.stored()).isFalse();
        assertThat(report.summary()).contains("dry run: would store 4 persons, 4 names, 4 acts, 8 citations, 2 places").endsWith("nothing stored");
        assertThat(count("person")).isEqualTo(persons);
        assertThat(jdbc.sql("select count(*) from source where sha256 = ?").param(report.sha256()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void reImportingTheSameFileChangesNothingAndSaysSo() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path file = ListFixtures.csv(dir, "again.csv", csvText(rows(place)), StandardCharsets.UTF_8, UTF8_BOM);
        ImportReport first = run(file, ListFixtures.mapping(place), false);
        long persons = count("person");
        long citations = count("citation");

        ImportReport second = run(file, ListFixtures.mapping(place), false);

        assertThat(second.failed()).isFalse();
        assertThat(second.stored()).isFalse();
        assertThat(second.summary()).contains("already imported as list source " + first.source()
                + " (same SHA-256): nothing changed");
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("citation")).isEqualTo(citations);
    }

    /**
     * A process killed mid-import is, to PostgreSQL, a connection that goes away: its backend is terminated here
     * after the first batches were loaded (uncommitted), exactly as the server sees a killed client.
     */
    @Test
    void anImportKilledAfterItsFirstBatchesLeavesNothing() throws Exception {
        String place = ListFixtures.word(random, 6);
        StringBuilder text = new StringBuilder(ListFixtures.HEADER).append('\n');
        int rows = ListImport.BATCH * 3 + 10;
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",Killed,Row").append(i).append(",Reza,1340,1367-05-07,").append(place).append('\n');
        }
        Path file = ListFixtures.csv(dir, "killed.csv", text.toString(), StandardCharsets.UTF_8, new byte[0]);
        String sha256 = org.dadkhah.shared.Hashes.sha256(Files.readAllBytes(file));
        long persons = count("person");
        var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return run(file, ListFixtures.mapping(place), false);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Integer killed = null;
        for (int i = 0; i < 3000 && killed == null && !running.isDone(); i++) {
            killed = jdbc.sql("select pid from pg_stat_activity where query like 'copy citation%' limit 1")
                    .query(Integer.class).optional().orElse(null);
            if (killed == null) {
                Thread.sleep(10);
            }
        }
        assertThat(killed).as("the import was caught after a batch was loaded").isNotNull();
        jdbc.sql("select pg_terminate_backend(?)").param(killed).query().listOfRows();

        assertThat(running).failsWithin(java.time.Duration.ofSeconds(60));
        assertThat(count("person")).isEqualTo(persons);
        assertThat(jdbc.sql("select count(*) from source where sha256 = ?").param(sha256).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from person_name where text like 'Killed Row%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aFormulaCellImportsAsTextWithAWarningAndExportsInert() throws Exception {
        String place = ListFixtures.word(random, 6);
        String surname = "Formulazadeh" + place.length() + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String formula = "=HYPERLINK(\"http://example.org/x\",\"click\")";
        String text = ListFixtures.HEADER + "\n1,Ali," + surname + ",\"" + formula.replace("\"", "\"\"") + "\",1340,1367,"
                + place + "\n";
        ImportReport report = run(ListFixtures.csv(dir, "formula.csv", text, StandardCharsets.UTF_8, new byte[0]),
                ListFixtures.mapping(place), false);

        assertThat(report.problems()).extracting(ImportReport.Problem::line)
                .contains("row 1: warning: نام پدر: Looks like a spreadsheet formula; imported as text");
        assertThat(jdbc.sql("select father_name from person p join citation c on c.record_id = p.id where c.source_id = ?")
                .param(report.source()).query(String.class).single()).isEqualTo(formula);
        var export = getJson("/api/v1/persons/export?format=csv&name=" + surname, admin());
        assertThat(export.status()).isEqualTo(200);
        byte[] bytes = export.result().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(UTF8_BOM);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
    }

    @Test
    void anUnknownColumnOrMappingKeyIsRefusedClearly() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path file = ListFixtures.csv(dir, "cols.csv", csvText(rows(place)), StandardCharsets.UTF_8, new byte[0]);
        ImportReport report = run(file, ListFixtures.mapping(place).replace("fatherName: نام پدر", "fatherName: پدر"),
                false);
        assertThat(report.problems()).extracting(ImportReport.Problem::line)
                .anyMatch(l -> l.startsWith("header: error: پدر: No such column in the file"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(file, ListFixtures.mapping(place)
                        .replace("fatherName:", "father:"), false))
                .isInstanceOf(ListMapping.InvalidMappingException.class)
                .hasMessageStartingWith("person.father: Unknown key");
    }

    @Test
    void theCommandPrintsTheReportAndExitsOneOnAnyErrorAndZeroOnACleanDryRun() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path mapping = Files.writeString(dir.resolve("mapping.yml"), ListFixtures.mapping(place));
        Path good = ListFixtures.csv(dir, "good.csv", csvText(rows(place)), StandardCharsets.UTF_8, UTF8_BOM);
        Path bad = ListFixtures.csv(dir, "bad.csv", arabicKeyboard(ListFixtures.HEADER + "\n1,علی,بد,رضا,1367-12-30,1367,"
                + place + "\n"), TableEncoding.WINDOWS_1256, new byte[0]);
        long persons = count("person");

        String[] failed = command("import", bad.toString(), "--mapping", mapping.toString());
        String[] dry = command("import", good.toString(), "--mapping", mapping.toString(), "--dry-run");
        String[] forced = command("import", good.toString(), "--mapping", mapping.toString(), "--dry-run",
                "--encoding", "windows-1256");

        assertThat(failed[0]).isEqualTo("1");
        assertThat(failed[1]).contains("row 1: error: " + arabicKeyboard("تاریخ تولد") + ": 1367 is not a leap year")
                .contains("1 row read (windows-1256 (not UTF-8, read as Windows-1256)): 1 error, ")
                .endsWith("; nothing stored\n");
        assertThat(dry[0]).isEqualTo("0");
        assertThat(dry[1]).contains("dry run: would store 4 persons");
        assertThat(forced[1]).contains("windows-1256 (forced)");
        assertThat(count("person")).isEqualTo(persons);
    }

    /** Runs {@code ./dadkhah ARGS}; returns the exit code and standard output. */
    private static String[] command(String... args) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = new picocli.CommandLine(new org.dadkhah.cli.DadkhahCommand()).execute(args);
            return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void theApiAnswersTheReportAsJsonOrCsvAnd422WhenItHasErrors() throws Exception {
        String place = ListFixtures.word(random, 6);
        byte[] bad = (ListFixtures.HEADER + "\n1,علی,بد,رضا,1367-13,1367,\"=cmd|' /C calc'!A0\"\n").getBytes(StandardCharsets.UTF_8);
        var upload = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/imports")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "../../evil/list.csv", "text/csv", bad))
                .file(new org.springframework.mock.web.MockMultipartFile("mapping", "m.yml", "application/yaml",
                        ListFixtures.mapping(place).getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", "true").header("Authorization", "Bearer " + admin());

        var json = mvc.perform(upload).andReturn().getResponse();
        var csv = mvc.perform(upload.header("Accept", "text/csv")).andReturn().getResponse();

        assertThat(json.getStatus()).isEqualTo(422);
        var body = this.json.readTree(json.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("file").asString()).isEqualTo("list.csv");
        assertThat(body.get("problems").values()).extracting(p -> p.get("line").asString())
                .contains("row 1: error: تاریخ تولد: month 13 does not exist: months are numbered 1 to 12");
        assertThat(csv.getStatus()).isEqualTo(422);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFrow,severity,column,message")
                .contains("1,error,تاریخ تولد,month 13 does not exist").contains("1,warning,زندان,Looks like a spreadsheet formula")
                .doesNotContain(",=cmd").doesNotContain(",\"=cmd");
    }

    @Test
    void columnNamesMatchAcrossArabicAndPersianLettersZwnjAndSpaces() {
        ListColumns columns = new ListColumns(List.of("ردیف", "نام\u200Cخانوادگي", "تاريخ  اعدام"));
        assertThat(columns.index("نام خانوادگی")).isEqualTo(1);
        assertThat(columns.index("تاریخ اعدام")).isEqualTo(2);
        assertThat(columns.index("نام")).isNull();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
