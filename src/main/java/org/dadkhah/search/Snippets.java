package org.dadkhah.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.dadkhah.shared.NameKeys;
import org.jspecify.annotations.Nullable;

/**
 * Highlighted snippets, made from the text the read layer returned for the caller (never from the index): the
 * words that match the query by key or by skeleton (so "Mohamad" marks "محمّد") are wrapped in {@code <mark>},
 * everything else HTML-escaped.
 */
final class Snippets {

    static final int LENGTH = 160;
    private static final String FIELD = "snippet";
    private static final String SKELETON = "~";

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new KeyAndSkeleton(tokenizer));
        }
    };

    private Snippets() {
    }

    /** The best fragment of {@code text} for {@code q}, highlighted; or its beginning, escaped. */
    static String of(String q, String text) {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                new QueryScorer(query(q), FIELD));
        highlighter.setTextFragmenter(new SimpleFragmenter(LENGTH));
        try {
            String best = highlighter.getBestFragment(WORDS, FIELD, text);
            if (best != null) {
                return best;
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            // fall through to the plain beginning
        }
        String start = text.length() > LENGTH ? text.substring(0, LENGTH) + "…" : text;
        return new SimpleHTMLEncoder().encodeText(start);
    }

    private static Query query(String q) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> terms = new ArrayList<>();
        for (String word : NameKeys.wordKeys(q)) {
            terms.add(word);
            String skeleton = NameKeys.latinSkeleton(word);
            if (!skeleton.isEmpty()) {
                terms.add(SKELETON + skeleton);
            }
        }
        terms.stream().distinct().forEach(t -> query.add(new TermQuery(new Term(FIELD, t)), Occur.SHOULD));
        return query.build();
    }

    /** Emits each word's key and, at the same position, its skeleton. */
    private static final class KeyAndSkeleton extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private @Nullable String pendingSkeleton;
        private @Nullable State state;

        KeyAndSkeleton(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pendingSkeleton != null) {
                restoreState(state);
                term.setEmpty().append(SKELETON).append(pendingSkeleton);
                position.setPositionIncrement(0);
                pendingSkeleton = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            String key = NameKeys.matchKey(word);
            term.setEmpty().append(key.isEmpty() ? word.toLowerCase(java.util.Locale.ROOT) : key);
            String skeleton = NameKeys.latinSkeleton(word);
            if (!skeleton.isEmpty()) {
                pendingSkeleton = skeleton;
                state = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pendingSkeleton = null;
            state = null;
        }
    }
}
