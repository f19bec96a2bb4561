package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The linkage engine, usable without a server: prepares the records, blocks, compares, fits the Fellegi-Sunter
 * model by EM, scores, and groups (de-duplication of one list, or one-to-one linkage of two). Candidate pairs are
 * never stored: a first pass over them counts comparison patterns (per blocking rule, for EM), a second compares them
 * again and keeps only the pairs at or above the review threshold.
 */
public final class LinkageEngine {

    private LinkageEngine() {
    }

    /**
     * A decision a person made about a pair, fed back to EM as a label.
     *
     * @param leftId one record
     * @param rightId the other
     * @param match whether they are the same person
     */
    public record Label(String leftId, String rightId, boolean match) {
    }

    /** De-duplicates one list ({@code right} null) or links two lists one-to-one. */
    public static LinkageRun run(LinkageConfig config, List<LinkRecord> left, @Nullable List<LinkRecord> right,
            Collection<Label> labels) {
        long started = System.nanoTime();
        PreparedRecords records = PreparedRecords.of(config, left, right);
        Blocking blocking = new Blocking(records);
        Patterns patterns = new Patterns(records.comparators);
        Map<Long, Boolean> labelled = labelIndex(records, labels);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        int rules = blocking.rules();
        List<Map<Integer, LongAdder>> counts = new ArrayList<>();
        for (int r = 0; r < rules + 3; r++) {
            counts.add(new ConcurrentHashMap<>());
        }
        int all = rules;
        int matches = rules + 1;
        int nonMatches = rules + 2;
        blocking.forEachPair((i, j, rule) -> {
            int code = patterns.encode(records.levels(i, j));
            count(counts.get(all), code);
            Boolean label = labelled.isEmpty() ? null : labelled.get(key(i, j));
            if (label != null) {
                seen.add(key(i, j));
                count(counts.get(label ? matches : nonMatches), code);
                return;
            }
            for (int q = rule; q < rules; q++) {
                if (q == rule || blocking.sameBlock(q, i, j)) {
                    count(counts.get(q), code);
                }
            }
        });
        labelled.forEach((pair, match) -> {
            if (!seen.contains(pair)) {
                count(counts.get(match ? matches : nonMatches),
                        patterns.encode(records.levels((int) (pair >>> 32), (int) (long) pair)));
            }
        });
        List<Map<Integer, Long>> sessions = counts.stream().map(LinkageEngine::totals).toList();
        MatchModel model = ModelFitting.fit(records, patterns, blocking, sessions.subList(0, rules),
                sessions.get(all), sessions.get(matches), sessions.get(nonMatches));
        Scorer scorer = new Scorer(records, patterns, model);
        return LinkageRun.decide(records, blocking, scorer, keptPairs(records, blocking, patterns, scorer), started);
    }

    /** The second pass: every candidate pair at or above the review threshold, with its weight. */
    private static LinkageRun.Kept keptPairs(PreparedRecords records, Blocking blocking, Patterns patterns,
            Scorer scorer) {
        double review = LinkageRun.weightOf(records.config.reviewThreshold());
        LinkageRun.Kept kept = new LinkageRun.Kept();
        blocking.forEachPair((i, j, rule) -> {
            double weight = scorer.weight(i, j, patterns.encode(records.levels(i, j)));
            if (weight >= review) {
                kept.add(i, j, (float) weight);
            }
        });
        return kept;
    }

    private static void count(Map<Integer, LongAdder> counts, int code) {
        counts.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    private static Map<Integer, Long> totals(Map<Integer, LongAdder> counts) {
        Map<Integer, Long> out = new HashMap<>();
        counts.forEach((code, adder) -> out.put(code, adder.sum()));
        return out;
    }

    private static Map<Long, Boolean> labelIndex(PreparedRecords records, Collection<Label> labels) {
        Map<Long, Boolean> out = new HashMap<>();
        if (labels.isEmpty()) {
            return out;
        }
        Map<String, Integer> leftIndex = new HashMap<>();
        Map<String, Integer> rightIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            (records.side[i] == 0 ? leftIndex : rightIndex).put(records.ids[i], i);
        }
        Map<String, Integer> second = records.twoLists() ? rightIndex : leftIndex;
        for (Label label : labels) {
            Integer i = leftIndex.get(label.leftId());
            Integer j = second.get(label.rightId());
            if (i != null && j != null && !i.equals(j)) {
                out.put(key(Math.min(i, j), Math.max(i, j)), label.match());
            }
        }
        return out;
    }

    private static long key(int i, int j) {
        return (long) i << 32 | (j & 0xffffffffL);
    }

}
