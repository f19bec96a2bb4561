package org.dadkhah.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys for finding people's names however they were spelled.
 *
 * <ul>
 *   <li>{@link #matchKey} — the exact-spelling key stored with every name and used for containment
 *       search: same script, separators and titles ignored.</li>
 *   <li>{@link #latinSkeleton} — a phonetic-ish key in which common Latin spellings of one Persian
 *       name coincide, and which a romanised Persian name ({@link #romanize}) can be compared with.</li>
 * </ul>
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻʾʿ`´′ء]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {}

    /**
     * The normalised search key of a name: {@link PersianText#normalize} (Persian letters unified,
     * ZWNJ removed, digits ASCII), lower case, accents and other marks stripped (which also turns
     * {@code آ} into {@code ا}), apostrophes removed ({@code Ja'far → jafar}), titles and
     * honorifics removed as whole tokens (see below), and the remaining tokens joined <em>without
     * any separator</em>. So {@code Gholam-Hossein}, {@code Gholamhossein} and {@code Gholam Hossein}
     * all give {@code gholamhossein}, and {@code غلامحسین}, {@code غلام‌حسین}, {@code غلام حسین} all
     * give {@code غلامحسین}. Because word boundaries are gone, a containment search for {@code ali}
     * also finds {@code khalil}; callers that need whole words must check them separately.
     *
     * <p>Titles removed: Seyyed/Sayyed/Seyed/Sayed (and -eh), Haj/Hajj/Haji, Sheikh, Ayatollah (and
     * ol-Ozma), Hojatoleslam/Hojjat-ol-Eslam (and val-Moslemin), Mullah/Molla, Agha, Khanom, Dr,
     * Mohandes, Mr/Mrs/Ms, and سید حاج حاجی شیخ آیت‌الله حجت‌الاسلام ملا آقا خانم دکتر مهندس. A name
     * consisting only of titles keeps them.
     */
    public static String matchKey(String text) {
        return String.join("", wordKeys(text));
    }

    /**
     * The words of a name as {@link #matchKey} sees them before joining: normalised, lower case, marks and
     * apostrophes removed, titles and honorifics dropped. {@code matchKey(t)} is {@code String.join("", wordKeys(t))}.
     * Search indexes these words one by one, so that a whole word can rank above a part of one.
     */
    public static List<String> wordKeys(String text) {
        return Honorifics.strip(tokens(text));
    }

    /**
     * A consonant skeleton that collapses the usual Latin spellings of one Persian name. Arabic-script
     * input is first {@linkplain #romanize romanised}. Steps, after {@link #matchKey}-style
     * tokenising and title removal: a final {@code eh} loses its {@code h} (Fatemeh/Fateme) and a final
     * {@code ow} its {@code w} (Khosrow/Khosro); {@code kh}/{@code x} → kh, {@code gh}/{@code q} → q,
     * {@code zh}/{@code j}/{@code dj} → j, {@code sh}/{@code sch} → sh, {@code ch}/{@code tch} → ch,
     * {@code ph} → f, {@code c}/{@code ck} → k, {@code w} → v; tokens are joined; a run of vowels
     * ({@code a e i o u}, and {@code y} except at the very start) becomes {@code a} at the start of the
     * name, {@code i} when it contains i, y or ee (the written long vowel ی: Hossein, Saeed, Rezaei,
     * -y), and nothing otherwise (unwritten short vowels, and ou/oo/u); doubled letters become single.
     *
     * <p>Examples: Mohammad/Mohammed/Muhammad/Mohamad → {@code mhmd}; Hossein/Hosein/Hussein/Husain →
     * {@code hsin}; Ghasem/Qasem/Qassem → {@code qsm}; Saeed/Saeid/Said → {@code sid}; Rezaei/Rezaee/
     * Rezayi/Rezaie → {@code rzi}; Raisi → {@code risi}; Hassan → {@code hsn}.
     */
    public static String latinSkeleton(String latinText) {
        String text = PersianText.hasArabicLetters(latinText) ? romanize(latinText) : latinText;
        List<String> units = new ArrayList<>();
        for (String token : Honorifics.strip(tokens(text))) {
            if (token.length() >= 4 && token.endsWith("eh")) {
                token = token.substring(0, token.length() - 1);
            } else if (token.length() >= 4 && token.endsWith("ow")) {
                token = token.substring(0, token.length() - 1);
            }
            units.addAll(consonantUnits(token));
        }
        return collapseVowels(units);
    }

    /**
     * Our own rough romanisation of Persian script into Latin letters, for comparison with
     * {@link #latinSkeleton} rather than for display: consonants letter by letter, written long vowels
     * as {@code a i u}, unwritten short vowels omitted (so {@code محمد → mhmd}). Latin letters pass
     * through in lower case. See {@link PersianRomanizer} for the rules.
     */
    public static String romanize(String persianText) {
        return PersianRomanizer.romanize(persianText);
    }

    /** Lower-cased, accent-free, apostrophe-free tokens of a name, split at anything not a letter or digit. */
    static List<String> tokens(String text) {
        String s = PersianText.normalize(text).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ı", "i").replace("þ", "th");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = APOSTROPHES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.split(s)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static List<String> consonantUnits(String token) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < token.length()) {
            String rest = token.substring(i);
            String[][] digraphs = {{"sch", "sh"}, {"tch", "ch"}, {"kh", "kh"}, {"gh", "q"}, {"zh", "j"},
                {"sh", "sh"}, {"ch", "ch"}, {"ph", "f"}, {"dj", "j"}, {"ck", "k"}};
            String unit = null;
            for (String[] digraph : digraphs) {
                if (rest.startsWith(digraph[0])) {
                    unit = digraph[1];
                    i += digraph[0].length();
                    break;
                }
            }
            if (unit == null) {
                char c = token.charAt(i++);
                unit = switch (c) {
                    case 'x' -> "kh";
                    case 'c' -> "k";
                    case 'w' -> "v";
                    default -> String.valueOf(c);
                };
            }
            units.add(unit);
        }
        return units;
    }

    private static boolean isVowel(String unit) {
        return unit.length() == 1 && "aeiouy".indexOf(unit.charAt(0)) >= 0;
    }

    private static String collapseVowels(List<String> units) {
        List<String> out = new ArrayList<>();
        int i = 0;
        if (!units.isEmpty() && units.get(0).equals("y") && units.size() > 1) {
            out.add("y");
            i = 1;
        }
        while (i < units.size()) {
            if (!isVowel(units.get(i))) {
                out.add(units.get(i++));
                continue;
            }
            StringBuilder run = new StringBuilder();
            boolean atStart = i == 0;
            while (i < units.size() && isVowel(units.get(i))) {
                run.append(units.get(i++));
            }
            String vowels = run.toString();
            if (atStart) {
                out.add("a");
            } else if (vowels.contains("i") || vowels.contains("y") || vowels.contains("ee")) {
                out.add("i");
            }
        }
        StringBuilder key = new StringBuilder();
        String last = "";
        for (String unit : out) {
            if (!unit.equals(last)) {
                key.append(unit);
            }
            last = unit;
        }
        return key.toString();
    }
}
