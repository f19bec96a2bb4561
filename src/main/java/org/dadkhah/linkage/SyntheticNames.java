package org.dadkhah.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Name tables of the generator: common Iranian given names (simple and compound, most common first) and cities,
 * each in Persian with its usual Latin spellings, and surnames composed from about 90 common roots (names, places,
 * trades) with the usual affixes (-i, -zadeh, Pour-, -ian, Mir-, -lou, -nejad, -far, -nia, -pour, -rad, -khani,
 * -abadi), alone or followed by an adjective of origin (Karimi-Shirazi): about 48,000 surnames, written in each of
 * their Latin forms (Pour-Mohammadi, Pourmohammadi, Poormohammadi). The tables are resources beside this class
 * ({@code names/*.txt}).
 */
final class SyntheticNames {

    /** A name in Persian with its Latin spellings. */
    record Name(String persian, List<String> latin) {
    }

    static final List<Name> MALE = names("male");

    static final List<Name> FEMALE = names("female");

    static final List<Name> CITIES = names("cities");

    private static final List<Name> ROOTS = names("roots");

    /** Adjectives of origin that follow many surnames (Karimi-Shirazi, Hashemi Rafsanjani). */
    static final List<Name> ORIGINS = names("origins");

    /** Simple surnames (a root with one affix), in a fixed shuffled order. */
    static final List<Name> SURNAMES = surnames();

    /** How many surnames {@link #surname} makes: each simple one alone or followed by an adjective of origin. */
    static final int SURNAME_COUNT = SURNAMES.size() * (ORIGINS.size() + 1);

    /**
     * The surname of a rank (0 the most common) among {@link #SURNAME_COUNT}: ranks are spread over simple and
     * compound surnames by a fixed permutation, so that common surnames are of both kinds.
     */
    static Name surname(int rank) {
        int index = (int) ((rank * 7_919L + 13) % SURNAME_COUNT);
        Name simple = SURNAMES.get(index % SURNAMES.size());
        int origin = index / SURNAMES.size() - 1;
        if (origin < 0) {
            return simple;
        }
        Name adjective = ORIGINS.get(origin);
        List<String> latin = new ArrayList<>();
        for (String first : simple.latin()) {
            for (String second : adjective.latin()) {
                latin.add(first + "-" + second);
                latin.add(first + " " + second);
            }
        }
        return new Name(simple.persian() + " " + adjective.persian(), List.copyOf(latin));
    }

    private SyntheticNames() {
    }

    /** A table of {@code names/<table>.txt} beside this class: one name a line, "Persian:Latin,Latin,...". */
    private static List<Name> names(String table) {
        String resource = "names/" + table + ".txt";
        try (var in = SyntheticNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The name table " + resource + " is missing from the build");
            }
            List<Name> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n")) {
                String[] parts = line.strip().split(":");
                out.add(new Name(parts[0], List.of(parts[1].split(","))));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Name> surnames() {
        String[][] affixes = {
            {"", "ی", "", "i,ee,y"}, {"", "زاده", "", "zadeh,-Zadeh,zade, Zadeh"}, {"پور", "", "Pour,Pour-,Poor,Pour ", ""},
            {"", "یان", "", "ian,yan"}, {"میر", "ی", "Mir,Mir-", "i"}, {"", "لو", "", "lou,loo,lu"},
            {"", "نژاد", "", "nejad,nezhad,-Nejad"}, {"", "فر", "", "far,-Far"}, {"", "نیا", "", "nia,-Nia"},
            {"", "پور", "", "pour,poor,-Pour"}, {"", "راد", "", "rad,-Rad"},
            {"", "خانی", "", "khani,-Khani"}, {"", "آبادی", "", "abadi,-Abadi"}};
        List<Name> out = new ArrayList<>();
        for (String[] affix : affixes) {
            for (Name root : ROOTS) {
                List<String> latin = new ArrayList<>();
                for (String form : root.latin()) {
                    for (String prefix : affix[2].isEmpty() ? new String[] {""} : affix[2].split(",")) {
                        for (String suffix : affix[3].isEmpty() ? new String[] {""} : affix[3].split(",")) {
                            String stem = prefix.isEmpty() || prefix.endsWith("-") || prefix.endsWith(" ")
                                    ? form : form.toLowerCase(java.util.Locale.ROOT);
                            latin.add(prefix + stem + suffix);
                        }
                    }
                }
                out.add(new Name(affix[0] + root.persian() + affix[1], List.copyOf(latin)));
            }
        }
        java.util.Collections.shuffle(out, new java.util.Random(1367));
        return List.copyOf(out);
    }
}
