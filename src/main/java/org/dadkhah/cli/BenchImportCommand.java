package org.dadkhah.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.dadkhah.importing.ImportListener;
import org.dadkhah.importing.ImportReport;
import org.dadkhah.importing.ListImport;
import org.dadkhah.search.IndexRebuild;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.DadkhahHome;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The list-import benchmark behind {@code bench/import}: a generated list (Persian names, dates in many forms, a
 * few hundred prisons) imported with what {@code ./dadkhah import} runs, with the peak heap in use after a collection
 * sampled every 20 ms and the live heap measured by a full collection every 10 s; then, in the same run and database, PostgreSQL's own {@code COPY} of the same CSV file into a table of
 * text columns, and a raw {@code COPY} of the rows the import wrote into tables like the real ones (indexes, checks,
 * references), per table, with {@code --breakdown} also what each index and reference costs. The search index is
 * built (empty) before the import, as on any installation that has served once: otherwise the first record change
 * after the import's commit would fill a new index from the whole database inside the timed import. Meant for an
 * empty, throwaway {@code DADKHAH_HOME}.
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

    /** How often the live heap is measured with a full collection (each costs the import a fraction of a second). */
    private static final long FULL_GC_EVERY_NANOS = 10_000_000_000L;

    @Option(names = "--rows", defaultValue = "1000000", description = "List rows (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--seed", defaultValue = "1367", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--breakdown", description = "Also time a COPY of each table's rows into a bare table, and what "
            + "each index and reference adds to it")
    boolean breakdown;

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
            context.getBean(IndexRebuild.class).rebuild((done, total) -> { });
            execute(dataSource, "checkpoint");
            System.gc();
            AtomicLong peak = new AtomicLong(liveHeap());
            AtomicLong peakLive = new AtomicLong(0);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                long nextFull = System.nanoTime() + FULL_GC_EVERY_NANOS;
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    if (System.nanoTime() >= nextFull) {
                        System.gc();
                        peakLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                                Math::max);
                        nextFull = System.nanoTime() + FULL_GC_EVERY_NANOS;
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            BenchLockWatch lock = new BenchLockWatch(dataSource);
            Map<ImportListener.Stage, Long> stages = new java.util.concurrent.ConcurrentHashMap<>();
            long start = System.nanoTime();
            ImportReport report;
            try {
                report = context.getBean(ListImport.class).run(file, file.getFileName().toString(), mapping, false,
                        null, new Caller("bench-import", Caller.OPERATOR.role(), Set.of(), true), new ImportListener() {
                            @Override
                            public void stage(Stage stage) {
                                stages.put(stage, System.nanoTime());
                            }
                        });
            } finally {
                lock.close();
            }
            long end = System.nanoTime();
            long importNanos = end - start;
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
            System.out.printf("  of which: checking and loading the rows (pipelined) %.1f s; final step (source, file, "
                    + "custody, places, audit entry) %.1f s; deferred reference checks %.1f s; commit, with the search "
                    + "index's queue and the indexing of the records created through the record store, %.1f s%n",
                    (stages.get(ImportListener.Stage.LOADED) - start) / 1e9,
                    (stages.get(ImportListener.Stage.CREATED) - stages.get(ImportListener.Stage.LOADED)) / 1e9,
                    (stages.get(ImportListener.Stage.CHECKED) - stages.get(ImportListener.Stage.CREATED)) / 1e9,
                    (end - stages.get(ImportListener.Stage.CHECKED)) / 1e9);
            System.out.printf("  audit chain's lock (other writers wait while it is held) held for %.1f s of the import's"
                    + " %.1f s%n", lock.heldSeconds(), importNanos / 1e9);
            System.out.printf("  heap: the JVM may use at most %,d MB (-Xmx); peak heap in use after a collection during the"
                    + " import: %,d MB (garbage the collector had not yet reclaimed from the old generation included);"
                    + " peak live heap (after a full collection every %d s): %,d MB (target: under 256 MB) %s%n",
                    Runtime.getRuntime().maxMemory() >> 20, peak.get() >> 20, FULL_GC_EVERY_NANOS / 1_000_000_000L,
                    peakLive.get() >> 20, Math.max(peak.get(), peakLive.get()) < 256L << 20 ? "PASS" : "FAIL");
            double fileRate = rows / (copyFile(dataSource, file) / 1e9);
            System.out.printf("  PostgreSQL COPY of the same CSV file into a table of text columns: %,.0f rows/s;"
                    + " import / COPY: %.2f (target: at least 0.50) %s%n", fileRate, listRate / fileRate,
                    listRate / fileRate >= 0.5 ? "PASS" : "FAIL");
            BenchImportTables tables = new BenchImportTables(dataSource, dir);
            try {
                tables.dump();
                Map<String, Long> perTable = tables.copyAll();
                long rawNanos = perTable.values().stream().mapToLong(Long::longValue).sum();
                long rawRows = tableRows - report.counts().getOrDefault("places", 0L);
                double rawRate = rows / (rawNanos / 1e9);
                System.out.printf("  raw COPY of the %,d table rows the import wrote, into tables like the real ones "
                        + "(indexes, checks, references): %.1f s = %,.0f table rows/s = %,.0f list rows/s (%s); "
                        + "import / this: %.2f; this / COPY of the file: %.3f%n", rawRows, rawNanos / 1e9,
                        rawRows / (rawNanos / 1e9), rawRate, seconds(perTable), listRate / rawRate, rawRate / fileRate);
                if (breakdown) {
                    System.out.println("  raw COPY of the same rows per table: into a bare table (columns and defaults),"
                            + " and what each index or reference alone adds to it:");
                    tables.breakdown().forEach(System.out::println);
                    double bareRate = rows / (tables.bareNanos() / 1e9);
                    System.out.printf("  raw COPY of the same rows into bare tables (no index, check or reference): "
                            + "%.1f s = %,.0f list rows/s; this / COPY of the file: %.3f%n", tables.bareNanos() / 1e9,
                            bareRate, bareRate / fileRate);
                }
            } finally {
                tables.clean();
            }
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String seconds(Map<String, Long> nanos) {
        StringBuilder text = new StringBuilder();
        nanos.forEach((table, n) -> text.append(text.isEmpty() ? "" : ", ").append(table).append(' ')
                .append(String.format("%.1f s", n / 1e9)));
        return text.toString();
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
