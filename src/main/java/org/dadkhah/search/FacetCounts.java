package org.dadkhah.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts facet values over every document the query matches (the query already holds the rights filter, so only
 * records the caller may read are counted). Values of act facets carry the act's level ({@code LEVEL:value}):
 * only those at levels the caller reads are counted, under the plain value.
 */
final class FacetCounts {

    /** The facets answered, and the index fields each adds up. */
    static final Map<String, List<String>> FACETS = Map.of(
            "type", List.of("type"), "status", List.of("status"), "place", List.of("place", "actPlace"),
            "organisation", List.of("organisation"), "actType", List.of("actType"),
            "yearGregorian", List.of("yearGregorian"), "yearSolarHijri", List.of("yearSolarHijri"));

    static final Set<String> LEVELLED = Set.of("actPlace", "actType");

    private FacetCounts() {
    }

    /** A collector manager adding up facet values; {@code readable} are the levels the caller reads. */
    static CollectorManager<Counter, Map<String, Map<String, Integer>>> manager(Set<String> readable) {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter(readable);
            }

            @Override
            public Map<String, Map<String, Integer>> reduce(Collection<Counter> counters) {
                Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
                FACETS.keySet().stream().sorted().forEach(f -> all.put(f, new TreeMap<>()));
                for (Counter counter : counters) {
                    counter.counts.forEach((facet, values) -> values.forEach((value, n) ->
                            all.get(facet).merge(value, n, Integer::sum)));
                }
                return all;
            }
        };
    }

    /** Counts the facet values of the documents of one search. */
    static final class Counter extends SimpleCollector {

        private final Set<String> readable;
        private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        private final Map<String, SortedSetDocValues> values = new LinkedHashMap<>();

        Counter(Set<String> readable) {
            this.readable = readable;
            FACETS.keySet().forEach(f -> counts.put(f, new java.util.HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values.clear();
            for (List<String> fields : FACETS.values()) {
                for (String field : fields) {
                    values.put(field, DocValues.getSortedSet(context.reader(), SearchFields.facet(field)));
                }
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (Map.Entry<String, List<String>> facet : FACETS.entrySet()) {
                Set<String> seen = new java.util.HashSet<>();
                for (String field : facet.getValue()) {
                    SortedSetDocValues dv = values.get(field);
                    if (!dv.advanceExact(doc)) {
                        continue;
                    }
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        String value = dv.lookupOrd(dv.nextOrd()).utf8ToString();
                        if (LEVELLED.contains(field)) {
                            int colon = value.indexOf(':');
                            if (colon < 0 || !readable.contains(value.substring(0, colon))) {
                                continue;
                            }
                            value = value.substring(colon + 1);
                        }
                        if (seen.add(value)) {
                            counts.get(facet.getKey()).merge(value, 1, Integer::sum);
                        }
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
