package org.dadkhah.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dadkhah.DadkhahApplication;
import org.dadkhah.importing.BulkImport;
import org.dadkhah.importing.BulkRows;
import org.dadkhah.search.IndexBaseline;
import org.dadkhah.search.IndexRebuild;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.DadkhahHome;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The search benchmark behind {@code bench/search}: {@code load} bulk-loads synthetic persons with realistic
 * Persian names and Latin spellings, writes the queries, and builds the index (documents/s); {@code query} sends
 * the queries to a running server's {@code /api/v1/search} one after another and then the same queries as bare
 * Lucene TermQueries on the same index, and prints p50/p95/p99 of both.
 */
@Command(name = "bench-search", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: search (use an empty DADKHAH_HOME).",
        subcommands = {BenchSearchCommand.Load.class, BenchSearchCommand.Query.class})
class BenchSearchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = "Load persons, write queries, build the index.")
    static class Load implements Callable<Integer> {

        @Option(names = "--persons", defaultValue = "1000000")
        long persons;

        @Option(names = "--queries", defaultValue = "10000")
        int queries;

        @Option(names = "--queries-file", required = true)
        Path queriesFile;

        @Option(names = "--seed", defaultValue = "1367")
        long seed;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DadkhahApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false)
                    .run("--dadkhah.demo.load-on-empty=false", "--logging.level.root=WARN")) {
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                if (jdbc.sql("select count(*) from person").query(Long.class).single() > 0) {
                    System.err.println("bench-search needs an empty database: point DADKHAH_HOME at an empty folder");
                    return 2;
                }
                Caller caller = new Caller("bench-search", Caller.OPERATOR.role(), java.util.Set.of(), true);
                long start = System.nanoTime();
                BulkImport.Result result = context.getBean(BulkImport.class).persons(persons(), caller);
                System.out.printf("bench-search: loaded %,d persons (%,d names) in %.1f s%n", persons,
                        result.tableRows() - persons, (System.nanoTime() - start) / 1e9);
                jdbc.sql("vacuum analyze person").update();
                jdbc.sql("vacuum analyze person_name").update();
                writeQueries();
                ReindexCommand.ProgressBar bar = new ReindexCommand.ProgressBar(System.err);
                start = System.nanoTime();
                long indexed = context.getBean(IndexRebuild.class).rebuild(bar::show);
                bar.done();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  index built from the database through the read layer: %,d documents in %.1f s ="
                        + " %,.0f documents/s%n", indexed, seconds, indexed / seconds);
            }
            return 0;
        }

        private Iterator<BulkRows.Person> persons() {
            Random random = new Random(seed);
            return Stream.generate(() -> {
                BenchNames.Name name = BenchNames.next(random);
                List<BulkRows.Name> names = new ArrayList<>(2);
                names.add(new BulkRows.Name(name.persian(random.nextBoolean() ? "" : "\u200C"), "PERSIAN", "BIRTH_NAME"));
                if (random.nextInt(10) < 7) {
                    names.add(new BulkRows.Name(name.latin(0, random.nextBoolean() ? "-" : ""), "LATIN",
                            "TRANSLITERATION"));
                }
                return new BulkRows.Person(names, null, null, random.nextInt(5) == 0 ? "PUBLIC" : null);
            }).limit(persons).iterator();
        }

        private void writeQueries() throws IOException {
            Random random = new Random(seed + 1);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                lines.add(BenchNames.next(random).query(random));
            }
            Files.write(queriesFile, lines, StandardCharsets.UTF_8);
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true, description = "Time the queries: API, then bare TermQuery.")
    static class Query implements Callable<Integer> {

        @Option(names = "--queries-file", required = true)
        Path queriesFile;

        @Option(names = "--port", defaultValue = "18080")
        int port;

        @Option(names = "--token", required = true)
        String token;

        @Option(names = "--warmup", defaultValue = "3000")
        int warmup;

        @Override
        public Integer call() throws Exception {
            List<String> queries = Files.readAllLines(queriesFile, StandardCharsets.UTF_8);
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < warmup; i++) {
                api(http, queries.get(i % queries.size()));
            }
            long[] api = new long[queries.size()];
            long hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                hits += api(http, queries.get(i));
                api[i] = System.nanoTime() - start;
            }
            long[] bare = new long[queries.size()];
            try (IndexBaseline baseline = IndexBaseline.open(DadkhahHome.path())) {
                for (int i = 0; i < warmup; i++) {
                    baseline.termQuery(queries.get(i % queries.size()));
                }
                for (int i = 0; i < queries.size(); i++) {
                    long start = System.nanoTime();
                    baseline.termQuery(queries.get(i));
                    bare[i] = System.nanoTime() - start;
                }
                System.out.printf("  %,d name queries, one after another, on an index of %,d documents "
                        + "(%,d hits shown in all):%n", queries.size(), baseline.documents(), hits);
            }
            print("GET /api/v1/search?q=NAME (HTTP, rights, facets, read layer)", api);
            print("baseline: bare Lucene TermQuery on one word, same index", bare);
            Arrays.sort(api);
            Arrays.sort(bare);
            System.out.printf("  ratio API / TermQuery at p95: %.1f; target p95 < 30 ms: %s (goal 10 ms: %s)%n",
                    (double) pct(api, 95) / Math.max(1, pct(bare, 95)), pct(api, 95) < 30e6 ? "PASS" : "FAIL",
                    pct(api, 95) < 10e6 ? "met" : "not met");
            return 0;
        }

        private int api(HttpClient http, String q) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?limit=10&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().split("\"id\":", -1).length - 1;
        }

        private static void print(String what, long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("    %-62s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", what, pct(sorted, 50) / 1e6,
                    pct(sorted, 95) / 1e6, pct(sorted, 99) / 1e6);
        }

        private static long pct(long[] sorted, int percentile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
        }
    }
}
