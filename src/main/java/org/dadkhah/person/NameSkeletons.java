package org.dadkhah.person;

import org.dadkhah.shared.NameKeys;

/** The phonetic skeleton stored with every name, comparable across Persian script and Latin spellings. */
final class NameSkeletons {

    /** Shorter skeletons match too many names to be useful for containment search. */
    static final int MIN_SEARCH_LENGTH = 4;

    private NameSkeletons() {
    }

    static String of(String text) {
        return NameKeys.latinSkeleton(text);
    }

    /** The skeleton to search for, or an empty string when it is too short to search by. */
    static String searchable(String query) {
        String skeleton = of(query);
        return skeleton.length() >= MIN_SEARCH_LENGTH ? skeleton : "";
    }
}
