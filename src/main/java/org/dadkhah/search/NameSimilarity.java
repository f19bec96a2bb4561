package org.dadkhah.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.dadkhah.shared.NameKeys;
import org.dadkhah.shared.PersianText;
import org.dadkhah.shared.Script;

/**
 * Re-ranks the first hits by how closely one of their names is spelled like the query (Jaro-Winkler, word by
 * word, on the shared match keys of the names in the query's script, a name's neighbouring words also joined; only for a record with no name in that script, on the
 * phonetic skeletons across scripts). The phonetic skeleton cannot tell
 * some names apart (Mohammad and Mahmoud both become {@code mhmd}); the spelling can ("Muhammad" is closer to
 * "Mohammad" than to "Mahmud"). A hit's score is multiplied by the cube of its best similarity, so an exact
 * spelling keeps its score and a distant one loses up to about a third.
 */
final class NameSimilarity {

    /** How many of the first hits are re-ranked. */
    static final int WINDOW = 50;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /** The same hits, the first {@link #WINDOW} re-scored and re-sorted. */
    static TopDocs rerank(String q, TopDocs docs, StoredFields fields) throws IOException {
        String key = NameKeys.matchKey(q);
        String query = String.join(" ", NameKeys.wordKeys(q));
        if (key.isEmpty() || docs.scoreDocs.length < 2) {
            return docs;
        }
        boolean persian = PersianText.script(q) == Script.PERSIAN;
        String skeleton = NameKeys.latinSkeleton(q);
        ScoreDoc[] all = docs.scoreDocs.clone();
        int window = Math.min(WINDOW, all.length);
        for (int i = 0; i < window; i++) {
            Document stored = fields.document(all[i].doc, Set.of(SearchFields.NAMES));
            String names = stored.get(SearchFields.NAMES);
            if (names != null) {
                double best = best(query, skeleton, persian, List.of(names.split("\n")));
                all[i] = new ScoreDoc(all[i].doc, (float) (all[i].score * best * best * best));
            }
        }
        Arrays.sort(all, 0, window, (a, b) -> Float.compare(b.score, a.score));
        return new TopDocs(docs.totalHits, all);
    }

    /** The best similarity with a name in the query's script; with none, the best across scripts by skeleton. */
    private static double best(String key, String skeleton, boolean persian, List<String> names) {
        double sameScript = -1;
        double otherScript = 0;
        for (String name : names) {
            if ((PersianText.script(name) == Script.PERSIAN) == persian) {
                sameScript = Math.max(sameScript, wordByWord(NameKeys.wordKeys(key), units(NameKeys.wordKeys(name))));
            } else {
                otherScript = Math.max(otherScript, JARO_WINKLER.apply(skeleton, NameKeys.latinSkeleton(name)));
            }
        }
        return sameScript >= 0 ? sameScript : otherScript;
    }

    /**
     * The mean, over the query's words, of each one's best spelling similarity with a word (or two joined) of the
     * name that sounds the same (same phonetic skeleton). A query word that sounds like no word of the name counts
     * as 1: it is a word the name lacks, which the index's score has already weighed by its rarity, not a spelling
     * to compare (so a rare surname is not out-ranked by a common given name spelled exactly).
     */
    private static double wordByWord(List<String> queryWords, List<String> nameUnits) {
        if (queryWords.isEmpty() || nameUnits.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String word : queryWords) {
            String sound = NameKeys.latinSkeleton(word);
            double best = -1;
            for (String unit : nameUnits) {
                if (NameKeys.latinSkeleton(unit).equals(sound)) {
                    best = Math.max(best, JARO_WINKLER.apply(word, unit));
                }
            }
            sum += best < 0 ? 1 : best;
        }
        return sum / queryWords.size();
    }

    private static List<String> units(List<String> words) {
        List<String> units = new java.util.ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            units.add(words.get(i) + words.get(i + 1));
        }
        return units;
    }
}
