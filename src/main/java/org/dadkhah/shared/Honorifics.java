package org.dadkhah.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles and honorifics removed from names before keys are built. Matching is on whole tokens only,
 * in the folded form {@link NameKeys} uses (lower case, no accents, no apostrophes, {@code آ → ا},
 * no ZWNJ); a title written as several tokens ({@code Hojjat-ol-Eslam}, {@code آیت الله}) is found
 * by joining up to four neighbouring tokens. Parts of names that merely start with a title
 * ({@code Hajizadeh}, {@code Mirzaei}, {@code سیدی}) are kept. {@code Mir} is never removed: it is
 * usually part of the given name or surname ({@code Mir-Hossein}, {@code Mirdamadi}).
 */
final class Honorifics {

    private static final Set<String> TITLES = new HashSet<>(List.of(
            "seyyed", "seyed", "sayyed", "sayed", "sayyid", "sayid", "seyyid", "syed", "sayyed", "seyd",
            "seyyedeh", "seyedeh", "sayyedeh", "sayedeh",
            "haj", "hajj", "haji", "hajji", "hajieh", "hajiyeh", "hadj", "hadji",
            "sheikh", "sheik", "shaikh", "shaykh", "sheykh", "shekh",
            "mullah", "mulla", "molla", "mollah", "mola",
            "agha", "aqa", "aga", "aghaye", "aqaye", "aghaie",
            "khanom", "khanum", "khanoom", "khaanom", "khanoum",
            "dr", "doctor", "doktor", "prof", "professor", "mohandes", "eng", "mr", "mrs", "ms", "miss",
            "grandayatollah", "valmoslemin", "valmuslimin", "walmuslimin", "valmoslemeen", "والمسلمین",
            "سید", "سیده", "حاج", "حاجی", "حاجیه", "شیخ", "ملا", "اقا", "اقای", "خانم", "دکتر", "مهندس",
            "ایتالله", "ایتاللهالعظمی", "حجتالاسلام", "حجتالاسلاموالمسلمین", "ثقهالاسلام"));

    static {
        for (String ayat : List.of("ayat", "ayatt")) {
            for (String link : List.of("oll", "ull", "all", "ol", "ul", "al")) {
                for (String end : List.of("ah", "a")) {
                    String ayatollah = ayat + link + end;
                    TITLES.add(ayatollah);
                    for (String ozma : List.of("alozma", "olozma", "ozma", "oluzma", "aluzma", "uluzma")) {
                        TITLES.add(ayatollah + ozma);
                    }
                }
            }
        }
        for (String hojjat : List.of("hojat", "hojjat", "hujjat", "hujat", "hodjat", "hodjdjat")) {
            for (String link : List.of("ol", "al", "ul", "")) {
                for (String eslam : List.of("eslam", "islam")) {
                    for (String end : List.of("", "valmoslemin", "valmuslimin", "walmuslimin", "valmoslemeen")) {
                        TITLES.add(hojjat + link + eslam + end);
                    }
                }
            }
        }
    }

    private Honorifics() {}

    /** The tokens without titles; all tokens are kept if nothing but titles would remain. */
    static List<String> strip(List<String> tokens) {
        List<String> kept = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int title = titleLength(tokens, i);
            if (title > 0) {
                i += title;
            } else {
                kept.add(tokens.get(i++));
            }
        }
        return kept.isEmpty() ? tokens : kept;
    }

    private static int titleLength(List<String> tokens, int from) {
        for (int length = Math.min(4, tokens.size() - from); length >= 1; length--) {
            if (TITLES.contains(String.join("", tokens.subList(from, from + length)))) {
                return length;
            }
        }
        return 0;
    }
}
