package org.dadkhah.shared;

import java.util.Locale;
import java.util.Map;

/**
 * Rough letter-by-letter romanisation of Persian script, meant to be compared through
 * {@link NameKeys#latinSkeleton}, not read. Short vowels are not written in Persian, so they are not
 * produced; long vowels come out as {@code a}, {@code i}, {@code u}.
 *
 * <p>Rules: {@code ا آ} → a; {@code ع} → a at the start of a word part, otherwise an apostrophe;
 * {@code و} → v at the start, after {@code ا}, or before {@code ا}/{@code ی}, silent in {@code خوا},
 * otherwise u; {@code ی} → y at the start, otherwise i; {@code ه} → h, but e before a final
 * {@code ای} or at the end of a part followed by another part, and eh at the end of a word unless it
 * follows {@code ا} or {@code لل} (Shah, Allah); {@code ق غ} → gh; {@code ث س ص} → s;
 * {@code ذ ز ض ظ} → z; {@code ت ط} → t; {@code ح} → h. A word part ends at a ZWNJ. A few common words
 * whose final {@code ی} is read "a" (مصطفی, مرتضی, موسی …) and the titles are taken from a table.
 * Where two letters would read as a Latin digraph, a hyphen keeps them apart ({@code اسحاق → as-hagh},
 * {@code زهرا → z-hra}).
 */
final class PersianRomanizer {

    private static final char ZWNJ = '\u200C';

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("مصطفی", "mostafa"), Map.entry("مرتضی", "morteza"), Map.entry("مجتبی", "mojtaba"),
            Map.entry("موسی", "musa"), Map.entry("عیسی", "isa"), Map.entry("یحیی", "yahya"),
            Map.entry("کبری", "kobra"), Map.entry("صغری", "soghra"), Map.entry("عظمی", "ozma"),
            Map.entry("مولی", "mowla"), Map.entry("سید", "seyyed"), Map.entry("سیده", "seyyedeh"),
            Map.entry("حاج", "haj"), Map.entry("حاجی", "haji"), Map.entry("شیخ", "sheikh"),
            Map.entry("ملا", "mulla"), Map.entry("آقا", "agha"), Map.entry("خانم", "khanom"),
            Map.entry("دکتر", "dr"), Map.entry("مهندس", "mohandes"), Map.entry("آیتالله", "ayatollah"),
            Map.entry("حجتالاسلام", "hojatoleslam"), Map.entry("والمسلمین", "valmoslemin"),
            Map.entry("آیت", "ayat"), Map.entry("الاسلام", "oleslam"), Map.entry("الله", "allah"));

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('پ', "p"), Map.entry('ت', "t"), Map.entry('ث', "s"),
            Map.entry('ج', "j"), Map.entry('چ', "ch"), Map.entry('ح', "h"), Map.entry('خ', "kh"),
            Map.entry('د', "d"), Map.entry('ذ', "z"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('ژ', "zh"), Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"),
            Map.entry('ض', "z"), Map.entry('ط', "t"), Map.entry('ظ', "z"), Map.entry('غ', "gh"),
            Map.entry('ف', "f"), Map.entry('ق', "gh"), Map.entry('ک', "k"), Map.entry('گ', "g"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ا', "a"),
            Map.entry('آ', "a"));

    private static final java.util.Set<String> DIGRAPHS =
            java.util.Set.of("sh", "zh", "kh", "gh", "ch", "ph", "dj", "ck", "sc", "tc");

    private PersianRomanizer() {}

    static String romanize(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : PersianText.fold(text, true).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String known = WORDS.get(word.replace(String.valueOf(ZWNJ), ""));
            if (known != null) {
                out.append(known);
                continue;
            }
            String[] parts = word.split(String.valueOf(ZWNJ));
            for (int p = 0; p < parts.length; p++) {
                romanizePart(parts[p], p == parts.length - 1, out);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static void romanizePart(String part, boolean wordEnd, StringBuilder word) {
        int n = part.length();
        for (int i = 0; i < n; i++) {
            StringBuilder out = new StringBuilder();
            char c = part.charAt(i);
            char prev = i > 0 ? part.charAt(i - 1) : 0;
            char next = i + 1 < n ? part.charAt(i + 1) : 0;
            switch (c) {
                case 'ع' -> out.append(i == 0 ? "a" : "'");
                case 'و' -> {
                    if (prev == 'خ' && next == 'ا') {
                        continue;
                    }
                    out.append(i == 0 || prev == 'ا' || prev == 'آ' || next == 'ا' || next == 'ی' ? "v" : "u");
                }
                case 'ی' -> out.append(i == 0 ? "y" : "i");
                case 'ه' -> out.append(heh(part, i, wordEnd));
                case 'ء' -> { }
                default -> {
                    String letter = LETTERS.get(c);
                    out.append(letter != null ? letter : Character.isLetterOrDigit(c) ? String.valueOf(c) : "");
                }
            }
            appendApart(word, out);
        }
    }

    /** Appends a letter, with a hyphen where two letters would read as one digraph (س+ح → s-h, not sh). */
    private static void appendApart(StringBuilder word, CharSequence letter) {
        if (!word.isEmpty() && !letter.isEmpty()) {
            String pair = "" + word.charAt(word.length() - 1) + letter.charAt(0);
            if (DIGRAPHS.contains(pair)) {
                word.append('-');
            }
        }
        word.append(letter);
    }

    private static String heh(String part, int i, boolean wordEnd) {
        int n = part.length();
        if (i == 0) {
            return "h";
        }
        if (i == n - 3 && part.endsWith("ای")) {
            return "e";
        }
        if (i < n - 1) {
            return "h";
        }
        if (!wordEnd) {
            return "e";
        }
        char prev = part.charAt(i - 1);
        boolean allah = i >= 2 && prev == 'ل' && part.charAt(i - 2) == 'ل';
        return prev == 'ا' || prev == 'آ' || allah ? "h" : "eh";
    }
}
