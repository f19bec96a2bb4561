package org.dadkhah.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dadkhah.shared.NameKeys;

/**
 * The terms one name (or a name query) is indexed and searched by, all from the shared normalisation
 * ({@link NameKeys}): the exact key of the whole name, the phonetic skeleton of the whole name, the key and
 * skeleton of each word and of each pair of neighbouring words (so "Pour Mohammadi" meets "Pourmohammadi"),
 * and the leading parts (edge n-grams) of each word for typing.
 *
 * @param fullKey {@link NameKeys#matchKey} of the whole name
 * @param fullSkeleton {@link NameKeys#latinSkeleton} of the whole name (either script)
 * @param words word keys and joined neighbour pairs
 * @param skeletons word skeletons and joined neighbour pair skeletons
 * @param grams leading parts of each word key, from {@link #MIN_GRAM} letters to one less than the word
 */
record NameTerms(String fullKey, String fullSkeleton, List<String> words, List<String> skeletons, List<String> grams) {

    static final int MIN_GRAM = 2;
    static final int MAX_GRAM = 15;

    static NameTerms of(String name) {
        List<String> keys = NameKeys.wordKeys(name);
        Set<String> words = new LinkedHashSet<>();
        Set<String> skeletons = new LinkedHashSet<>();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String word = keys.get(i);
            words.add(word);
            addIfPresent(skeletons, NameKeys.latinSkeleton(word));
            for (int n = MIN_GRAM; n < Math.min(word.length(), MAX_GRAM + 1); n++) {
                grams.add(word.substring(0, n));
            }
            if (i + 1 < keys.size()) {
                String next = keys.get(i + 1);
                words.add(word + next);
                addIfPresent(skeletons, NameKeys.latinSkeleton(word + " " + next));
            }
        }
        return new NameTerms(String.join("", keys), NameKeys.latinSkeleton(name), List.copyOf(words),
                List.copyOf(skeletons), List.copyOf(grams));
    }

    /** The words of the query alone (no pairs), in order. */
    static List<String> queryWords(String query) {
        return new ArrayList<>(NameKeys.wordKeys(query));
    }

    private static void addIfPresent(Set<String> into, String value) {
        if (!value.isEmpty()) {
            into.add(value);
        }
    }
}
