package org.dadkhah.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.dadkhah.importing.ImportReport;
import org.dadkhah.importing.ListImport;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.DadkhahHome;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The list-import benchmark behind {@code bench/import}: a generated list (Persian names, dates in many forms, a
 * few hundred prisons) imported with what {@code ./dadkhah import} runs, with the peak heap in use sampled every
 * 20 ms; then, in the same run and database, PostgreSQL's own {@code COPY} of the same CSV file into a table of
 * text columns, and a raw {@code COPY} of the rows the import wrote into tables like the real ones (indexes, checks,
 * references). Meant for an empty, throwaway {@code DADKHAH_HOME}.
 */
@Command(name = "bench-import", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: import a generated list, compare with PostgreSQL's COPY (use an empty DADKHAH_HOME).")
class BenchImportCommand implements Callable<Integer> {

    private static final String[] GIVEN = {"علی", "محمد", "حسین", "رضا", "مریم", "فاطمه", "زهرا", "مهدی", "حمید",
        "سعید", "مجید", "ناصر", "منیژه", "پروین", "اکبر", "غلامحسین"};
    private static final String[] SURNAMES = {"رضایی", "احمدی", "محمدی", "حسینی", "کاظمی", "پورمحمدی", "موسوی",
        "کریمی", "جعفری", "صادقی", "رحیمی", "نوری", "بنی‌عامری", "زاده‌مقدم"};
    private static final String[] DATES = {"1367-05-%02d", "۱۳۶۷/۰۵/%02d", "%d مرداد ۱۳۶۷", "Mordad 1367", "summer 1988",
        "1988-07-%02d", "1367"};

    @Option(names = "--rows", defaultValue = "1000000", description = "List rows (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--seed", defaultValue = "1367", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException, SQLException, InterruptedException {
        Path dir = DadkhahHome.path();
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-list.csv");
        generate(file);
        String mapping = """
                list: {title: "Generated list of %d rows", confidentiality: INTERNAL}
                rowNumber: ردیف
                person: {confidentiality: INTERNAL, name: [نام, نام خانوادگی], fatherName: نام پدر, birthDate: تاریخ تولد}
                acts:
                  - {type: EXECUTION, date: تاریخ اعدام, place: زندان}
                """.formatted(rows);
        try (ConfigurableApplicationContext context = Contexts.offline()) {
            DataSource dataSource = context.getBean(DataSource.class);
            execute(dataSource, "checkpoint");
            System.gc();
            AtomicLong peak = new AtomicLong(liveHeap());
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            ImportReport report = context.getBean(ListImport.class).run(file, file.getFileName().toString(), mapping,
                    false, null, new Caller("bench-import", Caller.OPERATOR.role(), Set.of(), true));
            long importNanos = System.nanoTime() - start;
            sampler.interrupt();
            sampler.join();
            if (report.failed()) {
                System.out.print(report.text());
                return 1;
            }
            long tableRows = report.counts().values().stream().mapToLong(Long::longValue).sum();
            double listRate = rows / (importNanos / 1e9);
            System.out.printf("bench-import: %,d list rows (%,.0f MB of CSV), %d cores, max heap %,d MB%n", rows,
                    Files.size(file) / 1e6, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("  import (checked, one transaction, file stored as evidence): %.1f s = %,.0f list rows/s"
                    + " (%,d table rows: %s = %,.0f table rows/s)%n", importNanos / 1e9, listRate, tableRows,
                    report.counts(), tableRows / (importNanos / 1e9));
            System.out.printf("  heap: the JVM may use at most %,d MB (-Xmx); peak heap live after a collection during the"
                    + " import: %,d MB (target: under 256 MB) %s%n", Runtime.getRuntime().maxMemory() >> 20,
                    peak.get() >> 20, peak.get() < 256L << 20 ? "PASS" : "FAIL");
            double fileRate = rows / (copyFile(dataSource, file) / 1e9);
            System.out.printf("  PostgreSQL COPY of the same CSV file into a table of text columns: %,.0f rows/s;"
                    + " import / COPY: %.2f (target: at least 0.50) %s%n", fileRate, listRate / fileRate,
                    listRate / fileRate >= 0.5 ? "PASS" : "FAIL");
            double[] same = copyRowsWritten(dataSource, dir);
            double sameRate = same[0] / (same[1] / 1e9);
            System.out.printf("  raw COPY of the %,.0f table rows the import wrote, into tables like the real ones: "
                    + "%,.0f rows/s; import / this: %.2f%n", same[0], sameRate, (tableRows / (importNanos / 1e9)) / sameRate);
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What the heap held after the latest collection of each of its pools (live data, not garbage awaiting one). */
    private static long liveHeap() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    private void generate(Path file) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ردیف,نام,نام خانوادگی,نام پدر,تاریخ تولد,تاریخ اعدام,زندان\n");
            for (long i = 1; i <= rows; i++) {
                String birth = (1320 + random.nextInt(30)) + "";
                String date = DATES[random.nextInt(DATES.length)];
                int day = 1 + random.nextInt(28);
                out.write(i + "," + GIVEN[random.nextInt(GIVEN.length)] + "," + SURNAMES[random.nextInt(SURNAMES.length)]
                        + random.nextInt(1000) + "," + GIVEN[random.nextInt(GIVEN.length)] + "," + birth + ","
                        + (date.contains("%") ? date.formatted(day) : date) + ",زندان " + random.nextInt(300) + "\n");
            }
        }
    }

    /** PostgreSQL's own COPY of the file, timed; returns nanoseconds. */
    private static long copyFile(DataSource dataSource, Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "drop table if exists bench_list_raw");
            execute(connection, "create table bench_list_raw (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text)");
            execute(connection, "checkpoint");
            long start = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_list_raw from stdin with (format csv, header true)", in);
            }
            long nanos = System.nanoTime() - start;
            execute(connection, "drop table bench_list_raw");
            return nanos;
        }
    }

    /** A raw COPY of the import's table rows into scratch tables with the same indexes and references. */
    private static double[] copyRowsWritten(DataSource dataSource, Path dir) throws SQLException, IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("person", "id, confidentiality, father_name, sex, status, birth_date_text, birth_date_calendar, "
                + "birth_date_precision, birth_date_earliest, birth_date_latest, created_by, updated_by");
        tables.put("person_name", "id, parent_id, position, text, script, kind, match_key, skeleton");
        tables.put("act", "id, confidentiality, type, victim_id, place_id, date_text, date_calendar, date_precision, "
                + "date_earliest, date_latest, created_by, updated_by");
        tables.put("citation", "id, confidentiality, source_id, record_type, record_id, locator, created_by, updated_by");
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (var t : tables.entrySet()) {
                execute(connection, "drop table if exists bench_copy_" + t.getKey());
                execute(connection, "create table bench_copy_" + t.getKey() + " (like " + t.getKey() + " including all)");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(t.getKey() + ".copy")))) {
                    pg.getCopyAPI().copyOut("copy (select " + t.getValue() + " from " + t.getKey() + ") to stdout", out);
                }
            }
            execute(connection, "alter table bench_copy_person_name add foreign key (parent_id) references bench_copy_person (id)");
            execute(connection, "alter table bench_copy_act add foreign key (victim_id) references bench_copy_person (id)");
            execute(connection, "alter table bench_copy_act add foreign key (place_id) references place (id)");
            execute(connection, "alter table bench_copy_citation add foreign key (source_id) references source (id)");
            execute(connection, "checkpoint");
            long rows = 0;
            long start = System.nanoTime();
            for (var t : tables.entrySet()) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(t.getKey() + ".copy")), 1 << 20)) {
                    rows += pg.getCopyAPI().copyIn("copy bench_copy_" + t.getKey() + " (" + t.getValue() + ") from stdin", in);
                }
            }
            long nanos = System.nanoTime() - start;
            for (String t : java.util.List.of("citation", "act", "person_name", "person")) {
                execute(connection, "drop table bench_copy_" + t);
                Files.deleteIfExists(dir.resolve(t + ".copy"));
            }
            return new double[] {rows, nanos};
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
