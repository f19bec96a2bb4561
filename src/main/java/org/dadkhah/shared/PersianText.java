package org.dadkhah.shared;

import java.text.Normalizer;

/**
 * Normalisation of Persian (Arabic-script) text, so that the many ways one word can be typed compare
 * equal. Pure functions; null is not accepted.
 *
 * <p>Persian text arrives typed on Arabic keyboards (Arabic yeh {@code ي}, alef maksura {@code ى},
 * kaf {@code ك}), with presentation forms copied from PDFs, with tatweel and short-vowel marks, with
 * Persian ({@code ۱۳۶۷}) or Arabic-Indic ({@code ١٣٦٧}) digits, and with or without the zero-width
 * non-joiner (ZWNJ, U+200C) between the parts of a word.
 */
public final class PersianText {

    private static final char YEH = '\u06CC';
    private static final char KEHEH = '\u06A9';
    private static final char HEH = '\u0647';
    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char ZWNJ = '\u200C';

    private PersianText() {}

    /**
     * The comparison form of a text: NFKC (which also turns Arabic presentation forms into plain
     * letters), Arabic look-alikes mapped to Persian letters ({@code ي ى ئ → ی}, {@code ك → ک},
     * {@code ة ۀ → ه}, {@code أ إ ٱ → ا}, {@code ؤ → و}; {@code آ} is kept), tatweel and the
     * short-vowel marks U+064B–U+065F and U+0670 removed, digits turned to ASCII, ZWNJ and other
     * invisible format characters removed, whitespace collapsed and trimmed. Latin text is left as it
     * is apart from NFKC and whitespace.
     */
    public static String normalize(String text) {
        return fold(text, false);
    }

    /**
     * A display form: like {@link #normalize} in unifying letters ({@code ي ى → ی}, {@code ك → ک},
     * presentation forms) and whitespace, and removing tatweel and invisible direction marks, but it
     * keeps ZWNJ (only between two letters, at most one), the vowel marks, hamza spellings such as
     * {@code ئ}, and the digits, turning Arabic-Indic digits into Persian ones.
     */
    public static String normalizeForDisplay(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u064A', '\u0649' -> out.append(YEH);
                case '\u0643' -> out.append(KEHEH);
                case '\u0640', '\u200B', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C',
                        '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD' -> { }
                case ZWNJ -> {
                    boolean between = out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
                            && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
                    if (between) {
                        out.append(ZWNJ);
                    }
                }
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        out.append((char) (c - '\u0660' + '\u06F0'));
                    } else {
                        appendSpaceOr(out, c);
                    }
                }
            }
        }
        return collapse(out);
    }

    /** Replaces Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits with ASCII digits. */
    public static String toAsciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(asciiDigit(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * Whether the text is predominantly in Arabic script (which this system reads as Persian): true
     * when it has more Arabic-script letters than letters of any other script.
     */
    public static boolean isPersian(String text) {
        return script(text) == Script.PERSIAN;
    }

    /**
     * The script most of the letters are written in: {@link Script#PERSIAN} for Arabic script,
     * {@link Script#LATIN}, or {@link Script#OTHER} when there are no letters or another script
     * predominates. Ties between Arabic and Latin go to Arabic.
     */
    public static Script script(String text) {
        int arabic = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case ARABIC -> arabic++;
                case LATIN -> latin++;
                default -> other++;
            }
        }
        if (arabic > 0 && arabic >= latin && arabic >= other) {
            return Script.PERSIAN;
        }
        return latin > 0 && latin >= other ? Script.LATIN : Script.OTHER;
    }

    /** Whether the text contains at least one Arabic-script letter. */
    static boolean hasArabicLetters(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /** {@link #normalize}, optionally keeping ZWNJ (used by the romaniser to find word parts). */
    static String fold(String text, boolean keepZwnj) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u064A', '\u0649', '\u0626' -> out.append(YEH);
                case '\u0643' -> out.append(KEHEH);
                case '\u0629', '\u06C0', '\u06C1', '\u06D5' -> out.append(HEH);
                case '\u0623', '\u0625', '\u0671' -> out.append(ALEF);
                case '\u0624' -> out.append(WAW);
                case ZWNJ -> {
                    if (keepZwnj) {
                        out.append(ZWNJ);
                    }
                }
                case '\u0640', '\u0670', '\u200B', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C',
                        '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD' -> { }
                default -> {
                    if (c >= '\u064B' && c <= '\u065F') {
                        continue;
                    }
                    appendSpaceOr(out, asciiDigit(c));
                }
            }
        }
        return collapse(out);
    }

    private static char asciiDigit(char c) {
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) (c - '\u06F0' + '0');
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) (c - '\u0660' + '0');
        }
        return c;
    }

    private static void appendSpaceOr(StringBuilder out, char c) {
        out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
    }

    private static String collapse(CharSequence s) {
        return s.toString().replaceAll(" {2,}", " ").strip();
    }
}
