package org.dadkhah.search;

/** The names of the fields of the search index. */
final class SearchFields {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String LEVEL = "level";
    static final String VERSION = "version";
    /** The exact key of each whole name. */
    static final String NAME_KEY = "name_key";
    /** The skeleton of each whole name. */
    static final String NAME_SKELETON = "name_skeleton";
    /** The key of each word of each name (and of neighbouring pairs). */
    static final String NAME_WORD = "name_word";
    /** The skeleton of each word of each name (and of neighbouring pairs). */
    static final String NAME_WORD_SKELETON = "name_word_skeleton";
    /** The leading parts of each word of each name. */
    static final String NAME_GRAM = "name_gram";
    /** The names (persons) or name fields (organisations, places) as written, stored for re-ranking. */
    static final String NAMES = "names";
    /** Full text (titles, descriptions, statements, notes; never sealed fields). */
    static final String TEXT = "text";

    static final String FACET_PREFIX = "facet_";

    private SearchFields() {
    }

    static String facet(String name) {
        return FACET_PREFIX + name;
    }
}
