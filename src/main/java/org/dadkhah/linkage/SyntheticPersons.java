package org.dadkhah.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A seeded, deterministic generator of overlapping lists of Iranian persons with a known truth, for tests,
 * benchmarks and demos. Each person gets a given name, a surname, a father's name, a birth date, a city and
 * sometimes a national id. Names and cities are drawn with power-law frequencies (weight {@code rank^-s}), so a few
 * are common and most are rare as in a real population: the most common surname is about 1% of persons and two
 * random persons share a surname with probability about 0.05% ({@link #SURNAME_EXPONENT}); given names and cities
 * are more concentrated ({@link #GIVEN_EXPONENT}, {@link #CITY_EXPONENT}). Each appearance on a list is written
 * independently: in Persian or Latin script, with the usual Latin spelling variants (Mohammad / Muhammad,
 * Pour-Mohammadi / Pourmohammadi, -i / -ee / -y), Arabic letter forms in Persian text, typos, given name and
 * surname swapped, missing fields, and the date in either calendar, as eight digits, or only as a year.
 */
public final class SyntheticPersons {

    /** The columns of every generated record, with their comparators. */
    public static final Map<String, FieldType> FIELDS = fields();

    /** One generated record and the person it belongs to. */
    public record Generated(int list, String person, LinkRecord record) {
    }

    /** Power-law exponent of surname frequencies by rank. */
    static final double SURNAME_EXPONENT = 0.7;
    /** Power-law exponent of given (and fathers') name frequencies by rank. */
    static final double GIVEN_EXPONENT = 0.6;
    /** Power-law exponent of city frequencies by rank. */
    static final double CITY_EXPONENT = 0.8;

    /**
     * Share of persons whose father's name no list knows. Iranian records identify a person by name, surname and
     * father's name (the identity booklet's fields), so most lists give it. Missing values are mostly per person
     * (what the families and documents behind every list know), then per appearance ({@link #OMITTED}): lists copy
     * from each other and from the same families, so what one list lacks the others often lack too. About 19% of
     * appearances lack the father's name, 15% the birth date (a year alone is another 10%), 31% the city and 60%
     * the national id.
     */
    static final double FATHER_UNKNOWN = 0.15;
    /** Share of persons whose birth date no list knows. */
    static final double DATE_UNKNOWN = 0.1;
    /** Share of persons whose city no list knows. */
    static final double CITY_UNKNOWN = 0.25;
    /** Share of persons whose national id no list knows. */
    static final double ID_UNKNOWN = 0.55;
    /** Share of appearances that leave out a value known about the person (the national id: twice as often). */
    static final double OMITTED = 0.05;

    private final SplittableRandom random;
    private final double[] surnames = cumulative(SyntheticNames.SURNAME_COUNT, SURNAME_EXPONENT);
    private final double[] male = cumulative(SyntheticNames.MALE.size(), GIVEN_EXPONENT);
    private final double[] female = cumulative(SyntheticNames.FEMALE.size(), GIVEN_EXPONENT);
    private final double[] cities = cumulative(SyntheticNames.CITIES.size(), CITY_EXPONENT);

    /** A generator seeded with {@code seed}: the same seed gives the same records. */
    public SyntheticPersons(long seed) {
        random = new SplittableRandom(seed);
    }

    /** Cumulative power-law weights {@code rank^-exponent}, normalised to end at 1. */
    private static double[] cumulative(int size, double exponent) {
        double[] out = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += Math.pow(i + 1, -exponent);
            out[i] = total;
        }
        for (int i = 0; i < size; i++) {
            out[i] /= total;
        }
        return out;
    }

    private <T> T pick(List<T> items, double[] cumulative) {
        return items.get(rank(cumulative));
    }

    /** A rank drawn with the probabilities whose running sums are {@code cumulative}. */
    private int rank(double[] cumulative) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at < 0 ? -at - 1 : at, cumulative.length - 1);
    }

    private static Map<String, FieldType> fields() {
        Map<String, FieldType> fields = new java.util.LinkedHashMap<>();
        fields.put("given_name", FieldType.GIVEN_NAME);
        fields.put("surname", FieldType.SURNAME);
        fields.put("father", FieldType.FATHER_NAME);
        fields.put("date_of_birth", FieldType.DATE);
        fields.put("city", FieldType.PLACE);
        fields.put("national_id", FieldType.EXACT);
        return fields;
    }

    /**
     * Generates persons, each on one of {@code lists} lists and, with probability {@code overlap}, on one or two
     * more, until {@code maxRecords} records (or {@code persons} persons) are made.
     */
    public List<Generated> generate(int persons, int lists, double overlap, int maxRecords) {
        List<Generated> out = new ArrayList<>();
        int[] counters = new int[lists];
        for (int p = 0; p < persons && out.size() < maxRecords; p++) {
            Person person = person(p);
            boolean[] on = new boolean[lists];
            on[random.nextInt(lists)] = true;
            if (lists > 1 && random.nextDouble() < overlap) {
                int extra = lists > 2 && random.nextDouble() < 0.3 ? 2 : 1;
                for (int e = 0; e < extra; e++) {
                    on[random.nextInt(lists)] = true;
                }
            }
            for (int l = 0; l < lists && out.size() < maxRecords; l++) {
                if (on[l]) {
                    String id = "L" + (l + 1) + "-" + (++counters[l]);
                    out.add(new Generated(l, person.id, new LinkRecord(id, appearance(person))));
                }
            }
        }
        return out;
    }

    /** A person; a null field is one no list knows. */
    private record Person(String id, SyntheticNames.Name given, SyntheticNames.Name surname,
            SyntheticNames.@Nullable Name father, @Nullable LocalDate born, SyntheticNames.@Nullable Name city,
            @Nullable String nationalId) {
    }

    private Person person(int n) {
        SyntheticNames.Name given = random.nextBoolean() ? pick(SyntheticNames.MALE, male)
                : pick(SyntheticNames.FEMALE, female);
        SyntheticNames.Name surname = SyntheticNames.surname(rank(surnames));
        LocalDate born = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(56 * 365));
        String nationalId = String.format("%010d", random.nextLong(10_000_000_000L));
        SyntheticNames.Name father = pick(SyntheticNames.MALE, male);
        SyntheticNames.Name city = pick(SyntheticNames.CITIES, cities);
        return new Person("P" + n, given, surname, known(father, FATHER_UNKNOWN), known(born, DATE_UNKNOWN),
                known(city, CITY_UNKNOWN), known(nationalId, ID_UNKNOWN));
    }

    private <T> @Nullable T known(T value, double unknown) {
        return random.nextDouble() < unknown ? null : value;
    }

    private Map<String, String> appearance(Person p) {
        boolean persian = random.nextDouble() < 0.4;
        String given = write(p.given, persian);
        String surname = write(p.surname, persian);
        if (random.nextDouble() < 0.03) {
            String swap = given;
            given = surname;
            surname = swap;
        }
        Map<String, String> values = new java.util.HashMap<>();
        values.put("given_name", maybe(given, 0.02));
        values.put("surname", maybe(surname, 0.02));
        values.put("father", p.father == null ? "" : maybe(write(p.father, persian), OMITTED));
        values.put("date_of_birth", p.born == null ? "" : maybe(date(p.born), OMITTED));
        values.put("city", p.city == null ? "" : maybe(write(p.city, persian), OMITTED));
        values.put("national_id", p.nationalId == null ? ""
                : maybe(random.nextDouble() < 0.05 ? typo(p.nationalId) : p.nationalId, 2 * OMITTED));
        return values;
    }

    private String write(SyntheticNames.Name name, boolean persian) {
        if (persian) {
            String text = name.persian();
            return random.nextDouble() < 0.2 ? text.replace('ی', 'ي').replace('ک', 'ك') : text;
        }
        String latin = pick(name.latin());
        return random.nextDouble() < 0.08 ? typo(latin) : latin;
    }

    private String date(LocalDate born) {
        double form = random.nextDouble();
        if (form < 0.35) {
            return born.toString();
        }
        if (form < 0.65) {
            return PartialDate.parse(born.toString()).toSolarHijriString().replace(" SH", "");
        }
        if (form < 0.75) {
            return born.toString().replace("-", "");
        }
        if (form < 0.85) {
            return String.valueOf(born.getYear());
        }
        if (form < 0.9 && born.getDayOfMonth() <= 12) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()).toString();
        }
        return born.plusDays(random.nextInt(1, 20)).toString();
    }

    private String typo(String text) {
        if (text.length() < 3) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        char[] chars = text.toCharArray();
        switch (random.nextInt(3)) {
            case 0 -> chars[at] = Character.isDigit(chars[at]) ? (char) ('0' + random.nextInt(10))
                    : (char) ('a' + random.nextInt(26));
            case 1 -> {
                char c = chars[at];
                chars[at] = chars[at + 1];
                chars[at + 1] = c;
            }
            default -> {
                return text.substring(0, at) + text.substring(at + 1);
            }
        }
        return new String(chars);
    }

    private String maybe(String value, double missing) {
        return random.nextDouble() < missing ? "" : value;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
