package org.dadkhah.cli;

import java.util.List;
import java.util.Random;

/**
 * Realistic synthetic Iranian names for the search benchmarks: given names and surnames in Persian script with
 * their common Latin spellings, compound surnames (پور / Pour-, -زاده / -zadeh, -نژاد / -nejad) written joined,
 * with a ZWNJ, a hyphen or a space, common names far more frequent than rare ones; and for each person the ways a
 * user might type them (another Latin spelling, Arabic yeh and kaf, other separators).
 */
final class BenchNames {

    /** One name part: its Persian spelling and its Latin spellings (the first the most common). */
    record Part(String persian, List<String> latin) {
    }

    /** A person's name: given name and surname parts, with the compound's pieces. */
    record Name(Part given, List<Part> surname) {

        /** The Persian spelling, the compound joined as {@code join} (nothing, ZWNJ or space). */
        String persian(String join) {
            return given.persian() + " " + String.join(join, surname.stream().map(Part::persian).toList());
        }

        /** A Latin spelling: each part's {@code variant}-th spelling (wrapping), the compound joined by {@code join}. */
        String latin(int variant, String join) {
            StringBuilder surnameText = new StringBuilder();
            for (Part part : surname) {
                String spelling = part.latin().get(variant % part.latin().size());
                if (!surnameText.isEmpty()) {
                    surnameText.append(join);
                    spelling = join.isEmpty() ? spelling.toLowerCase(java.util.Locale.ROOT) : spelling;
                }
                surnameText.append(spelling);
            }
            return given.latin().get(variant % given.latin().size()) + " " + surnameText;
        }

        /** What a user might type to find this person. */
        String query(Random random) {
            String[] joins = {"", "-", " "};
            return switch (random.nextInt(5)) {
                case 0, 1 -> latin(1 + random.nextInt(4), joins[random.nextInt(3)]);
                case 2 -> persian(random.nextBoolean() ? " " : "").replace('ی', 'ي').replace('ک', 'ك');
                case 3 -> persian(random.nextBoolean() ? "\u200C" : " ");
                default -> latin(random.nextInt(4), joins[random.nextInt(3)]).toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    static final List<Part> GIVEN = List.of(
            p("محمد", "Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mohamed"), p("علی", "Ali", "Aly"),
            p("حسین", "Hossein", "Hosein", "Hussein", "Husain"), p("رضا", "Reza"), p("مهدی", "Mahdi", "Mehdi"),
            p("حسن", "Hassan", "Hasan"), p("غلامحسین", "Gholamhossein", "Gholam-Hossein", "Qolamhossein"),
            p("مصطفی", "Mostafa", "Mustafa", "Moustafa"), p("مرتضی", "Morteza", "Mortaza"),
            p("جعفر", "Jafar", "Ja'far", "Jaafar"), p("سعید", "Saeed", "Saeid", "Said"),
            p("مسعود", "Masoud", "Massoud", "Masood"), p("قاسم", "Ghasem", "Qasem", "Qassem"),
            p("صادق", "Sadegh", "Sadeq"), p("ابراهیم", "Ebrahim", "Ibrahim"), p("اکبر", "Akbar"),
            p("کاوه", "Kaveh", "Kave"), p("بهروز", "Behrouz", "Behrooz", "Behruz"), p("فرهاد", "Farhad"),
            p("داریوش", "Dariush", "Daryoush", "Darioush"), p("زهرا", "Zahra"), p("فاطمه", "Fatemeh", "Fatima", "Fateme"),
            p("مریم", "Maryam", "Mariam"), p("نرگس", "Narges"), p("شیرین", "Shirin"), p("لیلا", "Leila", "Layla", "Leyla"),
            p("نسرین", "Nasrin"), p("منصور", "Mansour", "Mansoor", "Mansur"), p("خسرو", "Khosrow", "Khosro"),
            p("یوسف", "Yousef", "Yusuf", "Yousof"), p("عباس", "Abbas"), p("اسماعیل", "Esmaeil", "Ismail", "Esmail"),
            p("محمود", "Mahmoud", "Mahmood", "Mahmud"), p("احمد", "Ahmad", "Ahmed"),
            p("هوشنگ", "Houshang", "Hushang", "Hooshang"), p("بیژن", "Bijan", "Bizhan"), p("پروین", "Parvin"),
            p("اشرف", "Ashraf"), p("رحیم", "Rahim"), p("منیژه", "Manijeh", "Manizheh"));

    static final List<Part> SURNAMES = List.of(
            p("محمدی", "Mohammadi", "Mohammedi", "Muhammadi", "Mohamadi"), p("احمدی", "Ahmadi"),
            p("حسینی", "Hosseini", "Hoseini", "Husseini"), p("رضایی", "Rezaei", "Rezaee", "Rezayi", "Rezaie"),
            p("کریمی", "Karimi"), p("موسوی", "Mousavi", "Musavi", "Moosavi"), p("جعفری", "Jafari", "Jaafari"),
            p("صادقی", "Sadeghi", "Sadeqi"), p("رحیمی", "Rahimi"), p("نوری", "Nouri", "Noori", "Nuri"),
            p("تهرانی", "Tehrani"), p("شریفی", "Sharifi"), p("قاسمی", "Ghasemi", "Qasemi"),
            p("رئیسی", "Raisi", "Raeesi", "Raeisi"), p("نیری", "Nayyeri", "Nayeri"), p("اشراقی", "Eshraghi", "Eshraqi"),
            p("شوشتری", "Shoushtari", "Shushtari", "Shooshtari"), p("لاجوردی", "Lajevardi"), p("خلخالی", "Khalkhali"),
            p("منتظری", "Montazeri"), p("طالقانی", "Taleghani", "Taleqani"), p("مطهری", "Motahari", "Motahhari"),
            p("بهشتی", "Beheshti"), p("کاظمی", "Kazemi"), p("عبادی", "Ebadi"), p("ستوده", "Sotoudeh", "Sotoodeh"),
            p("نادری", "Naderi"), p("امینی", "Amini"), p("فرهادی", "Farhadi"), p("زمانی", "Zamani"),
            p("قربانی", "Ghorbani", "Qorbani"), p("اکبری", "Akbari"), p("عزیزی", "Azizi"), p("یزدی", "Yazdi"),
            p("شیرازی", "Shirazi"), p("اصفهانی", "Esfahani", "Isfahani"), p("کرمانی", "Kermani"), p("تبریزی", "Tabrizi"),
            p("مشهدی", "Mashhadi"), p("روحانی", "Rouhani", "Rohani"), p("رفسنجانی", "Rafsanjani"),
            p("بازرگان", "Bazargan"), p("امیری", "Amiri"), p("بختیاری", "Bakhtiari", "Bakhtiyari"),
            p("سلطانی", "Soltani"), p("حیدری", "Heydari", "Haidari"), p("مرادی", "Moradi"), p("نظری", "Nazari"),
            p("کامرانی", "Kamrani"), p("فروتن", "Foroutan", "Forootan"), p("گیلانی", "Gilani"), p("زنجانی", "Zanjani"));

    static final Part POUR = p("پور", "Pour", "Poor");
    static final List<Part> SUFFIXES = List.of(p("زاده", "zadeh", "zade"), p("نژاد", "nejad", "nezhad"),
            p("فر", "far"));

    private BenchNames() {
    }

    /** A name, common parts far more often than rare ones; about a third of surnames are compounds. */
    static Name next(Random random) {
        Part given = GIVEN.get(skewed(random, GIVEN.size()));
        Part surname = SURNAMES.get(skewed(random, SURNAMES.size()));
        int kind = random.nextInt(10);
        if (kind < 2) {
            return new Name(given, List.of(POUR, surname));
        }
        if (kind < 4) {
            Part stem = GIVEN.get(skewed(random, GIVEN.size()));
            return new Name(given, List.of(stem, SUFFIXES.get(random.nextInt(SUFFIXES.size()))));
        }
        return new Name(given, List.of(surname));
    }

    /** An index in {@code [0, n)}, the first ones far more likely (frequencies falling like a power law). */
    static int skewed(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(n * Math.pow(random.nextDouble(), 2.5)));
    }

    private static Part p(String persian, String... latin) {
        return new Part(persian, List.of(latin));
    }
}
