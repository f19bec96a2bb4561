package org.dadkhah.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dadkhah.shared.NameKeys;

/**
 * Builds the ranked query for what a user typed. Names: the whole name's exact key weighs most, then the whole
 * name's skeleton (any spelling, either script), then each word (and each pair of neighbouring words) by its key,
 * its skeleton, and last as the beginning of a longer word; so an exact full name beats a partial one and a whole
 * word beats part of a word. Rare words weigh more than common ones by their inverse document frequency (BM25),
 * so a rare surname counts for more than "Mohammadi". Text: each word, and the words as a phrase.
 */
final class SearchQueries {

    static final float FULL_NAME = 20f;
    static final float FULL_SKELETON = 12f;
    static final float WORD = 3f;
    static final float WORD_SKELETON = 2f;
    /** Neighbouring words joined weigh less than words: how a name is split must not outweigh the name. */
    static final float PAIR = 0.5f;
    static final float PREFIX = 0.5f;
    static final float PHRASE = 2f;

    private static final Analyzer TEXT = SearchAnalyzers.text();

    private SearchQueries() {
    }

    /** The ranked query for {@code q} matching any of its words, or null when it holds nothing to search for. */
    static @org.jspecify.annotations.Nullable Query ranked(String q) {
        return ranked(q, false);
    }

    /**
     * The ranked query for {@code q}; with {@code everyWord}, a record must match every word of the query (each in
     * any of its ways), or the whole name, or a pair of its words; scores are the same either way.
     */
    static @org.jspecify.annotations.Nullable Query ranked(String q, boolean everyWord) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = names(q, query, everyWord) + text(q, query, everyWord);
        return clauses == 0 ? null : query.build();
    }

    /**
     * The ranked query for {@code q} on names only (no text), as {@link #ranked(String, boolean)} weighs them: what
     * a list filtered by name asks. Null when {@code q} holds no name to search for.
     */
    static @org.jspecify.annotations.Nullable Query names(String q, boolean everyWord) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        return names(q, query, everyWord) == 0 ? null : query.build();
    }

    /** The query for suggestions while typing: the last word may be the beginning of a word. */
    static @org.jspecify.annotations.Nullable Query suggest(String q) {
        List<String> words = NameKeys.wordKeys(q);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        names(q, query, false);
        String last = words.getLast();
        BooleanQuery.Builder lastWord = new BooleanQuery.Builder();
        lastWord.add(new TermQuery(new Term(SearchFields.NAME_WORD, last)), Occur.SHOULD);
        lastWord.add(new TermQuery(new Term(SearchFields.NAME_GRAM, last)), Occur.SHOULD);
        lastWord.add(new PrefixQuery(new Term(SearchFields.TEXT, last)), Occur.SHOULD);
        query.add(lastWord.build(), Occur.MUST);
        return query.build();
    }

    private static int names(String q, BooleanQuery.Builder query, boolean everyWord) {
        NameTerms whole = NameTerms.of(q);
        if (whole.fullKey().isEmpty()) {
            return 0;
        }
        query.add(boost(new TermQuery(new Term(SearchFields.NAME_KEY, whole.fullKey())), FULL_NAME), Occur.SHOULD);
        if (!whole.fullSkeleton().isEmpty()) {
            query.add(boost(new TermQuery(new Term(SearchFields.NAME_SKELETON, whole.fullSkeleton())), FULL_SKELETON),
                    Occur.SHOULD);
        }
        List<String> words = NameKeys.wordKeys(q);
        List<String> units = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            units.add(words.get(i) + words.get(i + 1));
        }
        BooleanQuery.Builder eachWord = new BooleanQuery.Builder();
        for (int i = 0; i < units.size(); i++) {
            String word = units.get(i);
            float weight = i < words.size() ? 1f : PAIR;
            List<Query> ways = new ArrayList<>();
            ways.add(boost(new TermQuery(new Term(SearchFields.NAME_WORD, word)), WORD * weight));
            String skeleton = NameKeys.latinSkeleton(word);
            if (!skeleton.isEmpty()) {
                ways.add(boost(new TermQuery(new Term(SearchFields.NAME_WORD_SKELETON, skeleton)), WORD_SKELETON * weight));
            }
            if (word.length() >= NameTerms.MIN_GRAM && i < words.size()) {
                ways.add(boost(new TermQuery(new Term(SearchFields.NAME_GRAM, word)), PREFIX));
            }
            (everyWord && i < words.size() ? eachWord : query).add(new DisjunctionMaxQuery(ways, 0.1f), Occur.SHOULD);
        }
        if (everyWord && !words.isEmpty()) {
            query.add(eachWord.setMinimumNumberShouldMatch(words.size()).build(), Occur.SHOULD);
        }
        return 1 + units.size();
    }

    private static int text(String q, BooleanQuery.Builder query, boolean everyWord) {
        List<String> tokens = analyze(q);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            (everyWord ? all : query).add(new TermQuery(new Term(SearchFields.TEXT, token)), Occur.SHOULD);
        }
        if (everyWord && !tokens.isEmpty()) {
            query.add(all.setMinimumNumberShouldMatch(tokens.size()).build(), Occur.SHOULD);
        }
        if (tokens.size() > 1) {
            query.add(boost(new PhraseQuery(SearchFields.TEXT, tokens.toArray(String[]::new)), PHRASE), Occur.SHOULD);
        }
        return tokens.size();
    }

    /** The terms the text analyzer makes of {@code text}. */
    static List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = TEXT.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }
}
