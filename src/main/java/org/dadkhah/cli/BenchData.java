package org.dadkhah.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.dadkhah.importing.BulkRows;

/** Deterministic synthetic persons and acts for {@code bench-load}: the same seed gives the same rows. */
final class BenchData {

    private static final String[] PERSIAN_FIRST = {"محمد", "علی", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم",
        "سارا", "نرگس", "حمید", "نسرین", "بهروز", "شیرین", "کاوه", "لیلا"};
    private static final String[] LATIN_FIRST = {"Mohammad", "Ali", "Hossein", "Reza", "Mahdi", "Zahra", "Fatemeh",
        "Maryam", "Sara", "Narges", "Hamid", "Nasrin", "Behrouz", "Shirin", "Kaveh", "Leila"};
    private static final String[] PERSIAN_LAST = {"احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری",
        "صادقی", "رحیمی", "نوری", "تهرانی", "شریفی"};
    private static final String[] LATIN_LAST = {"Ahmadi", "Mohammadi", "Hosseini", "Rezaei", "Karimi", "Mousavi",
        "Jafari", "Sadeghi", "Rahimi", "Nouri", "Tehrani", "Sharifi"};
    private static final String[] ACT_TYPES = {"ARBITRARY_ARREST", "DETENTION", "INCOMMUNICADO_DETENTION",
        "SOLITARY_CONFINEMENT", "ENFORCED_DISAPPEARANCE", "INTERROGATION_UNDER_DURESS", "TORTURE",
        "FORCED_CONFESSION", "DENIAL_OF_FAMILY_CONTACT", "UNFAIR_TRIAL", "DEATH_SENTENCE", "EXECUTION"};
    private static final String[] MONTHS = {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};
    private static final String[] SEXES = {"MALE", "FEMALE", "UNKNOWN"};

    private BenchData() {
    }

    /** {@code count} persons, each with a Persian birth name and, for about half, a Latin transliteration. */
    static Iterator<BulkRows.Person> persons(long count, long seed) {
        Random random = new Random(seed);
        return Stream.generate(() -> {
            int first = random.nextInt(PERSIAN_FIRST.length);
            int last = random.nextInt(PERSIAN_LAST.length);
            List<BulkRows.Name> names = new ArrayList<>(2);
            names.add(new BulkRows.Name(PERSIAN_FIRST[first] + " " + PERSIAN_LAST[last], "PERSIAN", "BIRTH_NAME"));
            if (random.nextBoolean()) {
                names.add(new BulkRows.Name(LATIN_FIRST[first] + " " + LATIN_LAST[last], "LATIN", "TRANSLITERATION"));
            }
            String father = random.nextInt(10) < 7 ? PERSIAN_FIRST[random.nextInt(PERSIAN_FIRST.length)] : null;
            String level = random.nextInt(5) == 0 ? "PUBLIC" : null;
            return new BulkRows.Person(names, father, SEXES[random.nextInt(SEXES.length)], level);
        }).limit(count).iterator();
    }

    /** {@code count} acts against persons drawn from {@code victims}, with dates in several partial forms. */
    static Iterator<BulkRows.Act> acts(long count, List<UUID> victims, long seed) {
        Random random = new Random(seed + 1);
        return Stream.generate(() -> {
            String victim = victims.get(random.nextInt(victims.size())).toString();
            String level = random.nextInt(5) == 0 ? "PUBLIC" : null;
            return new BulkRows.Act(ACT_TYPES[random.nextInt(ACT_TYPES.length)], victim, date(random), level);
        }).limit(count).iterator();
    }

    private static String date(Random random) {
        int sh = 1360 + random.nextInt(11);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(29);
        return switch (random.nextInt(6)) {
            case 0, 1 -> "%d-%02d-%02d".formatted(sh, month, day);
            case 2 -> MONTHS[month - 1] + " " + sh;
            case 3 -> SEASONS[random.nextInt(4)] + " " + (sh + 621);
            case 4 -> "%d-%02d-%02d".formatted(sh + 621, month, Math.min(day, 28));
            default -> Integer.toString(sh);
        };
    }
}
