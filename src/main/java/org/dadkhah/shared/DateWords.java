package org.dadkhah.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The words {@link PartialDateParser} understands: month names, seasons, calendar markers. */
final class DateWords {

    /** A month name and the calendar it belongs to. */
    record MonthWord(DateCalendar calendar, int month, String display) {}

    static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

    private static final Map<String, MonthWord> MONTHS = new HashMap<>();
    private static final Map<String, Integer> SEASON_WORDS = new HashMap<>();

    static final Set<String> SOLAR_HIJRI_MARKERS =
            Set.of("sh", "ap", "hs", "hsh", "shamsi", "solarhijri", "ش", "هش", "شمسی", "هجریشمسی");
    static final Set<String> GREGORIAN_MARKERS = Set.of("ad", "ce", "gregorian", "م", "میلادی");
    static final Set<String> BEFORE = Set.of("before", "قبل", "پیش");
    static final Set<String> AFTER = Set.of("after", "بعد", "پس");
    static final Set<String> FILLER = Set.of("of", "the", "in", "ماه", "سال", "فصل");

    static {
        String[][] solarHijri = {
            {"farvardin", "farvardeen", "فروردین"},
            {"ordibehesht", "ordibehest", "ordibehesht", "اردیبهشت"},
            {"khordad", "khurdad", "xordad", "خرداد"},
            {"tir", "teer", "تیر"},
            {"mordad", "amordad", "mordaad", "amordaad", "murdad", "مرداد", "امرداد"},
            {"shahrivar", "shahrewar", "shahrivar", "sharivar", "شهریور"},
            {"mehr", "mihr", "مهر"},
            {"aban", "abaan", "آبان", "ابان"},
            {"azar", "aazar", "adhar", "آذر", "اذر"},
            {"dey", "day", "dei", "dai", "دی"},
            {"bahman", "bahmen", "بهمن"},
            {"esfand", "isfand", "espand", "esfend", "اسفند"}
        };
        for (int m = 0; m < 12; m++) {
            for (String word : solarHijri[m]) {
                MONTHS.put(key(word), new MonthWord(DateCalendar.SOLAR_HIJRI, m + 1, SolarHijri.MONTH_NAMES[m]));
            }
        }
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
        String[][] persianGregorian = {{"ژانویه"}, {"فوریه"}, {"مارس"}, {"آوریل"}, {"مه", "می"}, {"ژوئن"},
            {"ژوئیه", "جولای"}, {"اوت", "آگوست"}, {"سپتامبر"}, {"اکتبر"}, {"نوامبر"}, {"دسامبر"}};
        for (int m = 0; m < 12; m++) {
            String display = Character.toUpperCase(english[m].charAt(0)) + english[m].substring(1);
            MonthWord word = new MonthWord(DateCalendar.GREGORIAN, m + 1, display);
            MONTHS.put(english[m], word);
            MONTHS.put(english[m].substring(0, 3), word);
            for (String persian : persianGregorian[m]) {
                MONTHS.put(key(persian), word);
            }
        }
        MONTHS.put("sept", MONTHS.get("september"));
        String[][] seasons = {
            {"spring", "bahar", "بهار"},
            {"summer", "tabestan", "تابستان"},
            {"autumn", "fall", "paeez", "paiz", "paeiz", "payiz", "پاییز", "پائیز"},
            {"winter", "zemestan", "زمستان"}
        };
        for (int s = 0; s < 4; s++) {
            for (String word : seasons[s]) {
                SEASON_WORDS.put(key(word), s);
            }
        }
    }

    private DateWords() {}

    /** The form words are compared in: {@link PersianText#normalize} and lower case. */
    static String key(String word) {
        return PersianText.normalize(word).toLowerCase(Locale.ROOT);
    }

    static @Nullable MonthWord month(String token) {
        return MONTHS.get(token);
    }

    /** Season index 0–3 (spring first), or -1. */
    static int season(String token) {
        return SEASON_WORDS.getOrDefault(token, -1);
    }
}
