package org.dadkhah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeysTest {

    /** 1 − Levenshtein distance / length of the longer string. */
    private static double similarity(String a, String b) {
        int distance = LevenshteinDistance.getDefaultInstance().apply(a, b);
        return 1.0 - (double) distance / Math.max(a.length(), b.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gholam-Hossein", "Gholamhossein", "Gholam Hossein", "gholam hossein", "GHOLAM-HOSSEIN"})
    void compoundLatinNamesGiveOneKeyWithoutSeparators(String name) {
        assertThat(NameKeys.matchKey(name)).isEqualTo("gholamhossein");
    }

    @ParameterizedTest
    @ValueSource(strings = {"غلامحسین", "غلام\u200Cحسین", "غلام حسین", "غلام‌حسين", "غلام-حسین"})
    void compoundPersianNamesGiveOneKeyWithoutSeparators(String name) {
        assertThat(NameKeys.matchKey(name)).isEqualTo("غلامحسین");
    }

    @Test
    void accentsApostrophesAndCaseAreIgnored() {
        assertThat(NameKeys.matchKey("Ja'far")).isEqualTo("jafar");
        assertThat(NameKeys.matchKey("Ja’far")).isEqualTo("jafar");
        assertThat(NameKeys.matchKey("Moḥammad Ṣādeq")).isEqualTo("mohammadsadeq");
        assertThat(NameKeys.matchKey("Mas'ūd")).isEqualTo("masud");
    }

    @ParameterizedTest
    @CsvSource({
        "Seyyed Ali Khamenei, alikhamenei", "Sayyed Ali Khamenei, alikhamenei", "Seyed Ali Khamenei, alikhamenei",
        "Ayatollah Seyyed Ali Khamenei, alikhamenei", "Ayatollah Ali Khamenei, alikhamenei",
        "Grand Ayatollah Ali Khamenei, alikhamenei", "Hojatoleslam Mohseni-Ejei, mohseniejei",
        "Hojjat-ol-Eslam Mohseni Ejei, mohseniejei", "Hojjat ol-Eslam val-Moslemin Mohseni-Ejei, mohseniejei",
        "Haj Qasem Soleimani, qasemsoleimani", "Hajj Qasem Soleimani, qasemsoleimani", "Haji Qasem Soleimani, qasemsoleimani",
        "Sheikh Ahmad, ahmad", "Mullah Omar, omar", "Agha Reza, reza", "Maryam Khanom, maryam", "Dr. Ali Shariati, alishariati"})
    void latinTitlesAreRemovedAsWholeTokens(String name, String key) {
        assertThat(NameKeys.matchKey(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "سید علی خامنه‌ای, علیخامنهای", "آیت‌الله سید علی خامنه‌ای, علیخامنهای", "آیت الله علی خامنه‌ای, علیخامنهای",
        "حجت‌الاسلام محسنی اژه‌ای, محسنیاژهای", "حجت الاسلام والمسلمین محسنی اژه‌ای, محسنیاژهای",
        "حاج قاسم سلیمانی, قاسمسلیمانی", "شیخ احمد, احمد", "ملا عمر, عمر", "آقا رضا, رضا", "مریم خانم, مریم", "دکتر علی شریعتی, علیشریعتی"})
    void persianTitlesAreRemovedAsWholeTokens(String name, String key) {
        assertThat(NameKeys.matchKey(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Hajizadeh, hajizadeh", "Mir Hossein Mousavi, mirhosseinmousavi", "Mirhossein Mousavi, mirhosseinmousavi",
        "Sheikholeslami, sheikholeslami", "Aghaei, aghaei", "Mirdamadi, mirdamadi", "سیدی, سیدی", "حاجی‌زاده, حاجیزاده"})
    void namesThatMerelyStartWithATitleKeepIt(String name, String key) {
        assertThat(NameKeys.matchKey(name)).isEqualTo(key);
    }

    @Test
    void aNameMadeOnlyOfTitlesIsKept() {
        assertThat(NameKeys.matchKey("Sheikh")).isEqualTo("sheikh");
    }

    @Test
    void containmentSearchFindsAPartOfAKey() {
        assertThat(NameKeys.matchKey("Gholam-Hossein Mohseni-Ejei")).contains(NameKeys.matchKey("Mohseni Ejei"));
        assertThat(NameKeys.matchKey("غلامحسین محسنی‌اژه‌ای")).contains(NameKeys.matchKey("محسنی اژه ای"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mhmd|Mohammad,Mohammed,Muhammad,Mohamad,Muhammed,محمد",
        "hsin|Hossein,Hosein,Hussein,Husain,Hussain,Hosseyn,حسین",
        "qsm|Ghasem,Qasem,Qassem,Ghassem,قاسم",
        "sdq|Sadegh,Sadeq,Sadiq?,صادق",
        "jfr|Jafar,Ja'far,Jaafar,Ja’far,جعفر",
        "sid|Saeed,Saeid,Said,Saied,سعید",
        "msd|Masoud,Massoud,Masood,Masud,Mas'oud,مسعود",
        "rzi|Rezaei,Rezaee,Rezayi,Rezaie,Rezai,رضایی,رضائی",
        "mhdi|Mehdi,Mahdi,Mehdy,مهدی",
        "abrhim|Ebrahim,Ibrahim,Ebraheem,ابراهیم",
        "khsr|Khosro,Khosrow,Xosro,خسرو",
        "jl|Zhaleh,Jaleh,Zhale,ژاله",
        "ftm|Fatemeh,Fateme,فاطمه",
        "ysf|Yousef,Yusef,Yousof,یوسف",
        "msvi|Mousavi,Musavi,Moosavi,موسوی",
        "hsini|Hosseini,Hoseini,Husseini,Hosseinee,Husseiny,حسینی"})
    void eachVariantFamilyHasOneSkeleton(String skeleton, String variants) {
        for (String variant : variants.split(",")) {
            if (variant.endsWith("?")) {
                continue;
            }
            assertThat(NameKeys.latinSkeleton(variant)).as(variant).isEqualTo(skeleton);
        }
    }

    @ParameterizedTest
    @CsvSource({"Raisi,Rezaei", "Hossein,Hassan", "Hosseini,Hassani", "Ahmad,Hamid", "Mehdi,Mahmoud", "Ghasem,Kazem",
        "Saeed,Seyyed Saeed?", "Nouri,Nasiri", "Ali,Eli?"})
    void distinctNamesGetDistinctSkeletons(String a, String b) {
        if (b.endsWith("?")) {
            return;
        }
        assertThat(NameKeys.latinSkeleton(a)).isNotEqualTo(NameKeys.latinSkeleton(b));
    }

    @Test
    void titlesDoNotReachTheSkeleton() {
        assertThat(NameKeys.latinSkeleton("Seyyed Saeed")).isEqualTo(NameKeys.latinSkeleton("Saeed"));
        assertThat(NameKeys.latinSkeleton("حجت‌الاسلام ابراهیم رئیسی")).isEqualTo(NameKeys.latinSkeleton("Ebrahim Raisi"));
    }

    @ParameterizedTest
    @CsvSource({
        "Ebrahim Raisi, ابراهیم رئیسی", "Ebrahim Raisi, ابراهیم رییسی", "Mostafa Pourmohammadi, مصطفی پورمحمدی",
        "Hossein-Ali Nayeri, حسینعلی نیری", "Hosseinali Nayeri, حسین‌علی نیری", "Ali Khamenei, علی خامنه‌ای",
        "Ali Khamenei, علی خامنه ای", "Gholam-Hossein Mohseni-Ejei, غلامحسین محسنی اژه‌ای", "Mir-Hossein Mousavi, میرحسین موسوی",
        "Rouhollah Khomeini, روح‌الله خمینی", "Morteza Eshraghi, مرتضی اشراقی", "Davoud Rahmani, داوود رحمانی",
        "Esmail Shoushtari, اسماعیل شوشتری", "Zahra Rahmani, زهرا رحمانی", "Es-hagh Jahangiri, اسحاق جهانگیری", "Narges Mohammadi, نرگس محمدی"})
    void latinAndRomanisedPersianSpellingsOfOneNameHaveTheSameSkeleton(String latin, String persian) {
        assertThat(NameKeys.latinSkeleton(NameKeys.romanize(persian))).isEqualTo(NameKeys.latinSkeleton(latin));
        assertThat(NameKeys.latinSkeleton(persian)).isEqualTo(NameKeys.latinSkeleton(latin));
    }

    @Test
    void knownMismatchesStayClose() {
        // Persian و between consonants is read as the vowel u, but in Tavakoli it is the consonant v.
        assertThat(NameKeys.latinSkeleton("Tavakoli")).isEqualTo("tvkli");
        assertThat(NameKeys.latinSkeleton("توکلی")).isEqualTo("tkli");
        assertThat(NameKeys.latinSkeleton("Zahra Rahnavard")).isEqualTo("zhrhnvrd");
        assertThat(NameKeys.latinSkeleton("زهرا رهنورد")).isEqualTo("zhrhnrd");
        // Arabic-style spellings with another vowel are another skeleton.
        assertThat(NameKeys.latinSkeleton("Fatima")).isNotEqualTo(NameKeys.latinSkeleton("Fatemeh"));
        // Eshagh reads as sh + agh, the Persian as s + h + agh; the keys coincide only because both print "sh".
        assertThat(NameKeys.latinSkeleton("Eshagh")).isEqualTo(NameKeys.latinSkeleton("اسحاق"));
        assertThat(NameKeys.latinSkeleton("Es-hagh")).isEqualTo(NameKeys.latinSkeleton("اسحاق"));
        // Words separated by a space in Latin but joined in Persian only differ when the second word starts with a vowel.
        assertThat(NameKeys.latinSkeleton("Hossein Ali")).isEqualTo(NameKeys.latinSkeleton("حسینعلی"));
        for (String[] pair : new String[][] {{"Tavakoli", "توکلی"}, {"Khosrow Tavakoli", "خسرو توکلی"}, {"Zahra Rahnavard", "زهرا رهنورد"}}) {
            double similarity = similarity(NameKeys.latinSkeleton(pair[0]), NameKeys.latinSkeleton(pair[1]));
            assertThat(similarity).as(Arrays.toString(pair)).isGreaterThanOrEqualTo(0.8);
        }
    }

    @ParameterizedTest
    @CsvSource({"Ebrahim Raisi, ابراهیم رئیسی", "Mostafa Pourmohammadi, مصطفی پورمحمدی", "Hossein-Ali Nayeri, حسینعلی نیری",
        "Hossein Ali Nayeri, حسینعلی نیری"})
    void briefPairsAreIdenticalSoTheirSimilarityIsOne(String latin, String persian) {
        assertThat(similarity(NameKeys.latinSkeleton(latin), NameKeys.latinSkeleton(NameKeys.romanize(persian)))).isEqualTo(1.0);
    }

    @Test
    void romanisationWritesConsonantsAndLongVowels() {
        assertThat(NameKeys.romanize("محمد")).isEqualTo("mhmd");
        assertThat(NameKeys.romanize("ابراهیم رئیسی")).isEqualTo("abrahim riisi");
        assertThat(NameKeys.romanize("علی")).isEqualTo("ali");
        assertThat(NameKeys.romanize("مصطفی")).isEqualTo("mostafa");
        assertThat(NameKeys.romanize("خواجه")).isEqualTo("khajeh");
        assertThat(NameKeys.romanize("شاه")).isEqualTo("shah");
        assertThat(NameKeys.romanize("Ali علی")).isEqualTo("ali ali");
        assertThat(NameKeys.romanize("اسحاق")).isEqualTo("as-hagh");
    }
}
