package org.dadkhah.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.dadkhah.DadkhahApplication;
import org.dadkhah.importing.BulkImport;
import org.dadkhah.importing.BulkRows;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.search.IndexRebuild;
import org.dadkhah.search.SearchService;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.NameKeys;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The name-variant evaluation behind {@code bench/search-quality}: loads the evaluation set's persons among
 * thousands of similar-named distractors, asks each query of the ranked search and of the old {@code ?name=}
 * containment filter, and prints recall@1, recall@10 and MRR of both, and the misses. Persons are loaded in a
 * shuffled order, since the old filter answers in creation order. {@code --write-set} writes
 * the generated part of the set (the file is kept in the repository).
 */
@Command(name = "bench-search-quality", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: search quality on the name-variant evaluation set (use an empty DADKHAH_HOME).")
class BenchSearchQualityCommand implements Callable<Integer> {

    /** One evaluation pair: the person's names ("text|SCRIPT" joined by ";") and a query that must find it. */
    record Pair(String key, String names, String query) {
    }

    @Option(names = "--set", description = "Evaluation set files (TSV: key, names, query)", split = ",", required = true)
    List<Path> sets;

    @Option(names = "--distractors", defaultValue = "5000")
    int distractors;

    @Option(names = "--write-set", description = "Write the generated part of the set to this file and stop")
    Path writeSet;

    @Option(names = "--seed", defaultValue = "1988")
    long seed;

    @Override
    public Integer call() throws IOException {
        List<Pair> pairs = pairs();
        if (writeSet != null) {
            Set<String> given = new HashSet<>();
            pairs.forEach(p -> java.util.Arrays.stream(p.names().split(";"))
                    .forEach(name -> given.add(NameKeys.matchKey(name.split("\\|")[0]))));
            Files.write(writeSet, generated(given), StandardCharsets.UTF_8);
            return 0;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DadkhahApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--dadkhah.demo.load-on-empty=false", "--logging.level.root=WARN")) {
            Map<String, UUID> targets = load(context, pairs);
            context.getBean(IndexRebuild.class).rebuild((done, total) -> { });
            evaluate(context, pairs, targets);
        }
        return 0;
    }

    /** The pairs of the set files that exist (the one being written is left out). */
    private List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (Path set : sets) {
            if (!Files.exists(set) || set.equals(writeSet)) {
                continue;
            }
            for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length == 3 && !line.startsWith("#")) {
                    pairs.add(new Pair(cells[0], cells[1], cells[2]));
                }
            }
        }
        return pairs;
    }

    private Map<String, UUID> load(ConfigurableApplicationContext context, List<Pair> pairs) {
        Map<String, String> namesByKey = new LinkedHashMap<>();
        pairs.forEach(p -> namesByKey.putIfAbsent(p.key(), p.names()));
        Set<String> taken = new HashSet<>();
        namesByKey.values().forEach(n -> java.util.Arrays.stream(n.split(";"))
                .forEach(name -> taken.add(NameKeys.matchKey(name.split("\\|")[0]))));
        List<BulkRows.Person> rows = new ArrayList<>();
        namesByKey.values().forEach(n -> rows.add(person(n)));
        Random random = new Random(seed + 7);
        int made = 0;
        while (made < distractors) {
            BenchNames.Name name = BenchNames.next(random);
            if (taken.contains(NameKeys.matchKey(name.persian(""))) || taken.contains(NameKeys.matchKey(name.latin(0, "")))) {
                continue;
            }
            rows.add(person(name.persian("") + "|PERSIAN;" + name.latin(random.nextInt(3), random.nextBoolean() ? "-" : "")
                    + "|LATIN"));
            made++;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        BulkImport.Result result = context.getBean(BulkImport.class).persons(order.stream().map(rows::get).iterator(),
                Caller.OPERATOR);
        Map<String, UUID> ids = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(namesByKey.keySet());
        for (int position = 0; position < order.size(); position++) {
            if (order.get(position) < keys.size()) {
                ids.put(keys.get(order.get(position)), result.ids().get(position));
            }
        }
        return ids;
    }

    private void evaluate(ConfigurableApplicationContext context, List<Pair> pairs, Map<String, UUID> targets) {
        SearchService search = context.getBean(SearchService.class);
        RecordQueries queries = context.getBean(RecordQueries.class);
        var persons = context.getBean(RecordTypes.class).require("persons");
        Scores ranked = new Scores();
        Scores contains = new Scores();
        Scores listFilter = new Scores();
        List<String> misses = new ArrayList<>();
        for (Pair pair : pairs) {
            String expected = targets.get(pair.key()).toString();
            List<SearchService.Hit> found = search.search(new SearchService.Request(pair.query(), "person", 10, 0,
                    Map.of()), Caller.OPERATOR).hits();
            List<String> hits = found.stream().map(SearchService.Hit::id).toList();
            ranked.add(hits.indexOf(expected) + 1);
            if (hits.indexOf(expected) != 0) {
                misses.add("  " + pair.query() + "  ->  expected " + pair.names() + " at rank "
                        + (hits.contains(expected) ? hits.indexOf(expected) + 1 : ">10") + "; first: "
                        + (found.isEmpty() ? "nothing" : found.getFirst().title()));
            }
            listFilter.add(rank(() -> queries.list(persons, Map.of("name", pair.query()), null, 10, Caller.OPERATOR),
                    expected));
            contains.add(rank(() -> queries.listBySql(persons, Map.of("name", pair.query()), null, 10,
                    Caller.OPERATOR), expected));
        }
        System.out.printf("bench/search-quality: %d query -> person pairs, %d persons to find among %,d similar-named"
                + " distractors%n", pairs.size(), targets.size(), distractors);
        System.out.printf("  %-52s recall@1 %.3f  recall@10 %.3f  MRR %.3f%n", "ranked search (GET /api/v1/search)",
                ranked.at(1), ranked.at(10), ranked.mrr());
        System.out.printf("  %-52s recall@1 %.3f  recall@10 %.3f  MRR %.3f%n", "person list ?name= (ranked, names only)",
                listFilter.at(1), listFilter.at(10), listFilter.mrr());
        System.out.printf("  %-52s recall@1 %.3f  recall@10 %.3f  MRR %.3f%n",
                "baseline, same run: old ?name= containment filter", contains.at(1), contains.at(10), contains.mrr());
        System.out.printf("  targets recall@10 >= 0.97: %s; MRR >= 0.9: %s%n", ranked.at(10) >= 0.97 ? "PASS" : "FAIL",
                ranked.mrr() >= 0.9 ? "PASS" : "FAIL");
        System.out.println("  queries whose person is not first (" + misses.size() + "):");
        misses.forEach(System.out::println);
    }

    /** The 1-based rank of {@code expected} in a list page, 0 when absent or refused. */
    private static int rank(java.util.function.Supplier<org.dadkhah.records.RecordPage> list, String expected) {
        try {
            return list.get().items().stream().map(i -> String.valueOf(i.get("id"))).toList().indexOf(expected) + 1;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static BulkRows.Person person(String names) {
        List<BulkRows.Name> list = new ArrayList<>();
        for (String name : names.split(";")) {
            String[] parts = name.split("\\|");
            list.add(new BulkRows.Name(parts[0], parts[1], "BIRTH_NAME"));
        }
        return new BulkRows.Person(list, null, null, null);
    }

    /** The generated pairs: persons stored in both scripts, each with up to 4 distinct variant queries, 320 in all. */
    private List<String> generated(Set<String> exclude) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("# key\tnames (text|SCRIPT;...)\tquery  -- generated by "
                + "bench-search-quality --write-set --seed " + seed));
        Set<String> seen = new HashSet<>();
        int person = 0;
        while (lines.size() < 321) {
            BenchNames.Name name = BenchNames.next(random);
            if (exclude.contains(NameKeys.matchKey(name.persian(""))) || !seen.add(name.persian(""))) {
                continue;
            }
            person++;
            String names = name.persian(random.nextBoolean() ? "" : "\u200C") + "|PERSIAN;"
                    + name.latin(0, random.nextBoolean() ? "-" : "") + "|LATIN";
            Set<String> queries = new java.util.LinkedHashSet<>();
            for (int tries = 0; queries.size() < 4 && tries < 50; tries++) {
                queries.add(name.query(random));
            }
            for (String query : queries) {
                lines.add("g" + person + "\t" + names + "\t" + query);
            }
        }
        return lines;
    }

    /** Ranks (1-based, 0 = not in the top 10) and the figures made of them. */
    private static final class Scores {
        private final List<Integer> ranks = new ArrayList<>();

        void add(int rank) {
            ranks.add(rank);
        }

        double at(int k) {
            return ranks.stream().filter(r -> r >= 1 && r <= k).count() / (double) ranks.size();
        }

        double mrr() {
            return ranks.stream().mapToDouble(r -> r >= 1 ? 1.0 / r : 0).sum() / ranks.size();
        }
    }
}
