package org.dadkhah.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dadkhah.shared.NameKeys;

/**
 * Turns each token into its {@link NameKeys#matchKey} (the shared normalisation: Persian letters unified, Arabic
 * look-alikes mapped, ZWNJ, tatweel and vowel marks removed, digits ASCII, lower case, accents and apostrophes
 * gone); drops tokens that become empty.
 */
final class PersianTextFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PersianTextFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String key = NameKeys.matchKey(term.toString());
            if (key.isEmpty()) {
                key = term.toString().toLowerCase(java.util.Locale.ROOT);
            }
            if (!key.isEmpty()) {
                term.setEmpty().append(key);
                return true;
            }
        }
        return false;
    }
}
