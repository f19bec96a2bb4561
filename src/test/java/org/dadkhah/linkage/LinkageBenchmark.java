package org.dadkhah.linkage;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The linkage benchmarks ({@code bench/linkage} and {@code bench/linkage-quality}). Speed: de-duplicates generated
 * records and prints records/s, candidate pairs and peak heap, beside a baseline from the same run (grouping the same
 * records on an exact key). Quality: Febrl data sets 1-3 and generated lists, with the misses listed, beside the
 * deterministic rule of the recordlinkage tutorials (block on given name; given name, suburb, state, date of birth
 * exact, surname Jaro-Winkler >= 0.85, address Levenshtein >= 0.85; a link when more than 3 agree).
 */
public final class LinkageBenchmark {

    private LinkageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("quality")) {
            quality(args.length > 1 ? Integer.parseInt(args[1]) : 100_000);
        } else {
            speed(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
        }
    }

    private static void speed(int records) {
        watchCollections();
        List<LinkRecord> input = new SyntheticPersons(1).generate(records, 3, 0.3, records).stream()
                .map(SyntheticPersons.Generated::record).toList();
        System.out.printf(Locale.ROOT, "generated %,d records%n", input.size());
        resetPeaks();
        long t0 = System.nanoTime();
        Map<String, List<String>> groups = new HashMap<>();
        for (LinkRecord r : input) {
            String key = org.dadkhah.shared.NameKeys.matchKey(r.values().getOrDefault("given_name", "") + " "
                    + r.values().getOrDefault("surname", "")) + "|" + r.values().getOrDefault("date_of_birth", "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r.id());
        }
        double baseline = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "baseline (exact-key grouping): %.1f s, %,.0f records/s, %,d groups%n", baseline,
                input.size() / baseline, groups.size());
        groups = null;
        LinkageRun run = LinkageEngine.run(LinkageConfig.of("id", SyntheticPersons.FIELDS), input, null, List.of());
        double seconds = run.took().toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "linkage: %.1f s, %,.0f records/s, %,d candidate pairs (%,.0f pairs/s), "
                        + "%,d pairs at or above review; %.1f x the baseline's time%n", seconds, input.size() / seconds,
                run.candidates(), run.candidates() / seconds, run.pairs().size(), seconds / baseline);
        run.blockingRules().forEach(r -> System.out.printf(Locale.ROOT, "  %-48s %,12d pairs, %,d blocks by sorted "
                + "neighbourhood%n", r.rule(), r.newPairs(), r.windowedBlocks()));
        System.out.printf(Locale.ROOT, "peak heap: %.2f GB used at most (garbage included), %.2f GB at most right after "
                + "a collection (max heap %.2f GB)%n", peakHeap() / 1e9, AFTER_GC.get() / 1e9,
                Runtime.getRuntime().maxMemory() / 1e9);
    }

    private static void quality(int persons) throws Exception {
        Path dir = Path.of("src/test/resources/linkage");
        LinkageConfig febrl = LinkageFiles.readConfig(dir.resolve("febrl.yml"));
        for (int d = 1; d <= 3; d++) {
            List<LinkRecord> records = LinkageFiles.readRecords(dir.resolve("febrl_dataset" + d + ".csv"), febrl);
            List<List<String>> truth = LinkageFiles.readTruth(dir.resolve("febrl_dataset" + d + "_true_pairs.csv"));
            LinkageRun run = LinkageEngine.run(febrl, records, null, List.of());
            print("febrl" + d + " Fellegi-Sunter", run.evaluate(truth), run.candidates(), records);
            tutorialRule("febrl" + d + " tutorial rule", records, truth);
        }
        var generated = new SyntheticPersons(7).generate(persons, 3, 0.3, Integer.MAX_VALUE);
        List<LinkRecord> records = generated.stream().map(SyntheticPersons.Generated::record).toList();
        LinkageRun run = LinkageEngine.run(LinkageConfig.of("id", SyntheticPersons.FIELDS), records, null, List.of());
        print("generated (3 lists, " + persons + " persons, 30% overlap)", run.evaluate(truth(generated)),
                run.candidates(), records);
    }

    private static void print(String name, PairMetrics m, long candidates, List<LinkRecord> records) {
        System.out.printf(Locale.ROOT, "%-45s candidates %,10d  precision %.4f  recall %.4f  F1 %.4f  "
                + "pair completeness %.4f%n", name, candidates, m.precision(), m.recall(), m.f1(), m.pairCompleteness());
        Map<String, Map<String, String>> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r.values()));
        m.missed().stream().limit(10).forEach(p -> System.out.println("    missed " + p + "\n        "
                + byId.get(p.get(0)) + "\n        " + byId.get(p.get(1))));
        m.falseLinks().stream().limit(10).forEach(p -> System.out.println("    false  " + p + "\n        "
                + byId.get(p.get(0)) + "\n        " + byId.get(p.get(1))));
    }

    private static void tutorialRule(String name, List<LinkRecord> records, List<List<String>> truth) {
        Map<String, List<LinkRecord>> blocks = new HashMap<>();
        records.forEach(r -> blocks.computeIfAbsent(r.values().get("given_name"), k -> new ArrayList<>()).add(r));
        Set<String> predicted = new HashSet<>();
        long candidates = 0;
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        for (Map.Entry<String, List<LinkRecord>> block : blocks.entrySet()) {
            List<LinkRecord> b = block.getValue();
            for (int i = 0; i < b.size(); i++) {
                for (int j = i + 1; j < b.size(); j++) {
                    candidates++;
                    Map<String, String> x = b.get(i).values();
                    Map<String, String> y = b.get(j).values();
                    int agree = 1;
                    agree += jw.apply(x.get("surname"), y.get("surname")) >= 0.85 ? 1 : 0;
                    agree += x.get("date_of_birth").equals(y.get("date_of_birth")) ? 1 : 0;
                    agree += x.get("suburb").equals(y.get("suburb")) ? 1 : 0;
                    agree += x.get("state").equals(y.get("state")) ? 1 : 0;
                    agree += levenshteinSimilarity(x.get("address_1"), y.get("address_1")) >= 0.85 ? 1 : 0;
                    if (agree > 3) {
                        predicted.add(key(b.get(i).id(), b.get(j).id()));
                    }
                }
            }
        }
        long hits = truth.stream().filter(p -> predicted.contains(key(p.get(0), p.get(1)))).count();
        double precision = predicted.isEmpty() ? 1 : hits / (double) predicted.size();
        double recall = hits / (double) truth.size();
        System.out.printf(Locale.ROOT, "%-45s candidates %,10d  precision %.4f  recall %.4f  F1 %.4f%n", name,
                candidates, precision, recall, 2 * precision * recall / (precision + recall));
    }

    private static double levenshteinSimilarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1 : 1 - LevenshteinDistance.getDefaultInstance().apply(a, b) / (double) longest;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static List<List<String>> truth(List<SyntheticPersons.Generated> generated) {
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

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AFTER_GC.set(0);
    }

    /** The largest heap in use right after a garbage collection (what the run kept alive, plus old garbage). */
    private static final AtomicLong AFTER_GC = new AtomicLong();

    private static void watchCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                            .sum();
                    AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
