package org.dadkhah.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.dadkhah.DadkhahApplication;
import org.dadkhah.importing.BulkImport;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.DadkhahHome;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load benchmark behind {@code bench/load}: synthetic persons and acts through {@link BulkImport}, then the same
 * rows through a raw {@code COPY} in the same run; prints both rates and their ratio. Meant for an empty, throwaway
 * {@code DADKHAH_HOME}.
 */
@Command(name = "bench-load", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: bulk-load synthetic persons and acts, compare with a raw COPY (use an empty DADKHAH_HOME).")
class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "1000000", description = "Persons (default: ${DEFAULT-VALUE})")
    long persons;

    @Option(names = "--acts", defaultValue = "3000000", description = "Acts (default: ${DEFAULT-VALUE})")
    long acts;

    @Option(names = "--batch", defaultValue = "50000", description = "Rows per transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seed", defaultValue = "1988", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-raw-copy", description = "Skip timing a raw COPY of the same rows after the load (bench/pages)")
    boolean noRawCopy;

    @Option(names = "--no-raw-without-foreign-keys",
            description = "Skip the raw COPY into tables without the foreign keys (timed by default)")
    boolean skipWithoutForeignKeys;

    @Option(names = "--ids-file", description = "Write this many random person ids here, one a line (see --ids)")
    Path idsFile;

    @Option(names = "--ids", defaultValue = "10000", description = "How many ids to write (default: ${DEFAULT-VALUE})")
    int idCount;

    @Override
    public Integer call() throws IOException, SQLException {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DadkhahApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--dadkhah.demo.load-on-empty=false", "--logging.level.root=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (jdbc.sql("select count(*) from person").query(Long.class).single() > 0) {
                System.err.println("bench-load needs an empty database: point DADKHAH_HOME at an empty folder");
                return 2;
            }
            BulkImport bulk = context.getBean(BulkImport.class);
            Caller caller = new Caller("bench-load", Caller.OPERATOR.role(), java.util.Set.of(), true);
            jdbc.sql("checkpoint").update();
            long start = System.nanoTime();
            BulkImport.Result people = bulk.persons(BenchData.persons(persons, seed), caller, batch);
            long personNanos = System.nanoTime() - start;
            BulkImport.Result harms = bulk.acts(BenchData.acts(acts, people.ids(), seed), caller, batch);
            long appNanos = System.nanoTime() - start;
            long appRows = people.tableRows() + harms.tableRows();
            System.out.printf("bench-load: %,d persons (%,d names), %,d acts; %,d rows per transaction%n", persons,
                    people.tableRows() - persons, acts, batch);
            System.out.printf("  application bulk path (BulkImport, validated, COPY): persons+names %.1f s, acts %.1f s"
                    + "%n    %,d table rows in %.1f s = %,.0f rows/s (%,.0f persons+acts/s)%n", personNanos / 1e9,
                    (appNanos - personNanos) / 1e9, appRows, appNanos / 1e9, appRows / (appNanos / 1e9),
                    (persons + acts) / (appNanos / 1e9));
            double appRate = appRows / (appNanos / 1e9);
            if (!noRawCopy) {
                BenchCopy.Timing same = BenchCopy.run(context.getBean(DataSource.class), DadkhahHome.path(), true);
                double sameRate = same.rows() / (same.nanos() / 1e9);
                System.out.printf("  raw COPY of the same rows into tables like the real ones (indexes, checks and the"
                        + " references to person):%n    %,d table rows in %.1f s = %,.0f rows/s%n", same.rows(),
                        same.nanos() / 1e9, sameRate);
                System.out.printf("  ratio application / raw COPY: %.2f (target: at least 0.50) %s%n", appRate / sameRate,
                        appRate / sameRate >= 0.5 ? "PASS" : "FAIL");
                if (!skipWithoutForeignKeys) {
                    BenchCopy.Timing bare = BenchCopy.run(context.getBean(DataSource.class), DadkhahHome.path(), false);
                    double bareRate = bare.rows() / (bare.nanos() / 1e9);
                    System.out.printf("  raw COPY into tables WITHOUT the references (no foreign-key checks at all): %,d rows"
                            + " in %.1f s = %,.0f rows/s; application / this: %.2f%n", bare.rows(), bare.nanos() / 1e9,
                            bareRate, appRate / bareRate);
                }
            }
            // What an operator does after a bulk load: statistics, hint bits and visibility map, then a checkpoint,
            // so that the serving measurements do not share the disk with the load's minutes-long spread checkpoint.
            jdbc.sql("vacuum analyze person").update();
            jdbc.sql("vacuum analyze person_name").update();
            jdbc.sql("vacuum analyze act").update();
            jdbc.sql("checkpoint").update();
            if (idsFile != null) {
                writeIds(people.ids());
            }
            return 0;
        }
    }

    private void writeIds(List<UUID> ids) throws IOException {
        List<UUID> sample = new ArrayList<>(ids);
        Collections.shuffle(sample, new Random(seed));
        List<String> lines = sample.subList(0, Math.min(idCount, sample.size())).stream().map(UUID::toString).toList();
        Files.write(idsFile, lines, StandardCharsets.UTF_8);
    }
}
