package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Candidate pairs from a union of blocking rules: two records are compared when, for at least one rule, every part
 * of the rule gives both the same key. Keys are numbered once per rule (an int per record, no pair is ever stored
 * here); pairs are streamed to a consumer, block by block in parallel, each pair once (by the first rule that finds
 * it). A block with more than {@link LinkageConfig#maxBlockPairs} pairs is not compared whole: its records are sorted
 * by their other fields and each is compared with its neighbours within a window that keeps the block near that many
 * pairs (sorted neighbourhood), and the rule's statistics count it.
 */
final class Blocking {

    /** One rule: the fields (by index) and the key variant of each; an unordered rule sorts the parts' keys. */
    record Rule(String name, int[] fields, String[] variants, boolean unordered) {
    }

    /** Receives candidate pairs: records i and j, first found by rule r. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(int i, int j, int rule);
    }

    /** Smallest neighbourhood window in an oversized block. */
    static final int MIN_WINDOW = 3;

    private final PreparedRecords records;
    private final List<Rule> rules;
    /** Per rule, each record's block number (-1: no key). */
    private final int[][] block;
    /** Per rule, each block's size. */
    private final int[][] blockSize;
    /** Per rule, each block's neighbourhood window (0: compared whole). */
    private final int[][] window;
    /** Per rule, each record's rank within its oversized block (null when the rule has none). */
    private final int[][] rank;
    private final boolean twoLists;
    final List<BlockingRuleStats> stats = new ArrayList<>();
    private long candidates;

    Blocking(PreparedRecords records) {
        this.records = records;
        this.rules = records.config.blocking().isEmpty() ? BlockingRules.automatic(records.config)
                : BlockingRules.parse(records.config);
        this.twoLists = records.twoLists();
        int n = rules.size();
        block = new int[n][];
        blockSize = new int[n][];
        window = new int[n][];
        rank = new int[n][];
        for (int r = 0; r < n; r++) {
            number(r);
        }
    }

    /** Numbers the blocks of rule r and orders its oversized blocks. */
    private void number(int r) {
        Rule rule = rules.get(r);
        String[] keys = new String[records.size()];
        IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = key(rule, i));
        Map<String, Integer> numbers = new HashMap<>();
        int[] of = new int[keys.length];
        IntList sizes = new IntList();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                of[i] = -1;
                continue;
            }
            Integer number = numbers.putIfAbsent(keys[i], numbers.size());
            of[i] = number == null ? numbers.size() - 1 : number;
            if (number == null) {
                sizes.add(0);
            }
            sizes.set(of[i], sizes.get(of[i]) + 1);
        }
        block[r] = of;
        blockSize[r] = sizes.toArray();
        window[r] = new int[blockSize[r].length];
        long max = records.config.maxBlockPairs();
        for (int b = 0; b < window[r].length; b++) {
            long size = blockSize[r][b];
            if (size * (size - 1) / 2 > max) {
                window[r][b] = (int) Math.max(MIN_WINDOW, max / size);
            }
        }
        if (Arrays.stream(window[r]).anyMatch(w -> w > 0)) {
            rank(r);
        }
    }

    /** Ranks the records of rule r's oversized blocks by their other fields' keys. */
    private void rank(int r) {
        int[][] members = members(r);
        String[] sortKeys = new String[records.size()];
        int[] ranks = new int[records.size()];
        for (int b = 0; b < members.length; b++) {
            if (window[r][b] == 0) {
                continue;
            }
            for (int i : members[b]) {
                sortKeys[i] = sortKey(rules.get(r), i);
            }
            Integer[] sorted = Arrays.stream(members[b]).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, (x, y) -> sortKeys[x].compareTo(sortKeys[y]));
            for (int p = 0; p < sorted.length; p++) {
                ranks[sorted[p]] = p;
            }
        }
        rank[r] = ranks;
    }

    /** The other fields' main keys in config order (a missing one sorts last), for sorted neighbourhood. */
    private String sortKey(Rule rule, int i) {
        StringBuilder key = new StringBuilder();
        for (int f = 0; f < records.comparators.size(); f++) {
            int field = f;
            if (Arrays.stream(rule.fields()).anyMatch(x -> x == field)) {
                continue;
            }
            Object value = records.values[f][i];
            String part = value == null ? null : records.comparators.get(f).blockingKey(value, "");
            key.append(part == null ? "\uffff" : part).append('\u0001');
        }
        return key.toString();
    }

    private String key(Rule rule, int i) {
        String[] parts = new String[rule.fields().length];
        for (int p = 0; p < parts.length; p++) {
            Object value = records.values[rule.fields()[p]][i];
            parts[p] = value == null ? null
                    : records.comparators.get(rule.fields()[p]).blockingKey(value, rule.variants()[p]);
            if (parts[p] == null) {
                return null;
            }
        }
        if (rule.unordered()) {
            Arrays.sort(parts);
        }
        return String.join("\u0001", parts);
    }

    /** The records of each block of rule r. */
    private int[][] members(int r) {
        int[][] out = new int[blockSize[r].length][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new int[blockSize[r][b]];
        }
        int[] filled = new int[out.length];
        for (int i = 0; i < records.size(); i++) {
            int b = block[r][i];
            if (b >= 0) {
                out[b][filled[b]++] = i;
            }
        }
        return out;
    }

    /**
     * Streams every candidate pair once to {@code consumer} (left record first: the first list's when linking two),
     * blocks in parallel, so the consumer must be thread-safe; fills the statistics on the first call.
     */
    void forEachPair(PairConsumer consumer) {
        boolean counting = stats.isEmpty();
        long total = 0;
        for (int r = 0; r < rules.size(); r++) {
            int rule = r;
            int[][] members = members(r);
            long added = IntStream.range(0, members.length).parallel()
                    .mapToLong(b -> pairsOfBlock(rule, b, members[b], consumer)).sum();
            if (counting) {
                int windowed = (int) Arrays.stream(window[r]).filter(w -> w > 0).count();
                stats.add(new BlockingRuleStats(rules.get(r).name(), members.length, added, windowed));
            }
            total += added;
        }
        candidates = total;
    }

    private long pairsOfBlock(int r, int b, int[] members, PairConsumer consumer) {
        int[] order = members;
        int w = window[r][b];
        if (w > 0) {
            order = new int[members.length];
            for (int i : members) {
                order[rank[r][i]] = i;
            }
        }
        long added = 0;
        for (int a = 0; a < order.length; a++) {
            int end = w > 0 ? Math.min(order.length, a + w + 1) : order.length;
            for (int c = a + 1; c < end; c++) {
                int i = order[a];
                int j = order[c];
                if (twoLists && records.side[i] == records.side[j] || coveredBefore(r, i, j)) {
                    continue;
                }
                boolean leftFirst = twoLists ? records.side[i] == 0 : i < j;
                consumer.accept(leftFirst ? i : j, leftFirst ? j : i, r);
                added++;
            }
        }
        return added;
    }

    private boolean coveredBefore(int rule, int i, int j) {
        for (int q = 0; q < rule; q++) {
            if (sameBlock(q, i, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether rule r compares records i and j (same block, and within the window when the block is oversized). */
    boolean sameBlock(int r, int i, int j) {
        int b = block[r][i];
        if (b < 0 || b != block[r][j]) {
            return false;
        }
        int w = window[r][b];
        return w == 0 || Math.abs(rank[r][i] - rank[r][j]) <= w;
    }

    /** Whether some rule puts records i and j in one (compared) block. */
    boolean candidate(int i, int j) {
        return coveredBefore(rules.size(), i, j);
    }

    /** The fields (by index) a rule blocks on. */
    int[] ruleFields(int rule) {
        return rules.get(rule).fields().clone();
    }

    int rules() {
        return rules.size();
    }

    /** Candidate pairs streamed by the last {@link #forEachPair}. */
    long candidates() {
        return candidates;
    }
}
