package org.dadkhah.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the index: full text in either script through the shared normalisation. */
final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    /** Words by Unicode rules (UAX #29, which keeps ZWNJ-joined Persian words whole), each normalised. */
    static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new PersianTextFilter(tokenizer);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Full text for {@link SearchFields#TEXT}; every other field holds terms computed in Java. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(SearchFields.TEXT, text()));
    }
}
