package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparatorTests {

    private static String level(FieldComparator comparator, String a, String b) {
        Object left = comparator.prepare(a);
        Object right = comparator.prepare(b);
        if (left == null || right == null) {
            return "missing";
        }
        return comparator.levels().get(comparator.compare(left, right));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Pour-Mohammadi, Pourmohammadi, exact",
        "Pour Mohammadi, Pourmohammadi, exact",
        "Pourmohammadi, پورمحمدی, phonetic",
        "پور محمدی, پورمحمدی, exact",
        "Mohammad, Muhammad, phonetic",
        "Mohammad, Mohammed, close",
        "Bahrami, Bahramy, close",
        "Mohammad, محمّد, phonetic",
        "محمد, محمّد, exact",
        "علي, علی, exact",
        "Gholam-Hossein, Gholamhossein, exact",
        "Gholamhossein, غلامحسین, phonetic",
        "Seyyed Ali, Ali, exact",
        "Hossein, Hussein, phonetic",
        "Ghasem, Qasem, phonetic",
        "Rezaei, Rezayi, phonetic",
        "Katherine, Catherine, phonetic",
        "Smith, Smyth, phonetic",
        "Jonathan, Johnathan, phonetic",
        "Hosseini, Hosseinzadeh, similar",
        "Ahmadi, Karimi, different",
        "'', Ahmadi, missing"
    })
    void nameLevelsOnPersianAndLatinNames(String a, String b, String expected) {
        assertThat(level(new NameComparator(false), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Ali Rezaei, Rezaei Ali, close",
        "Mohammad Pourmohammadi, محمد پورمحمدی, phonetic",
        "Ali Rezaei, Hassan Karimi, different"
    })
    void fullNamesMatchInAnyOrderAndAcrossScripts(String a, String b, String expected) {
        assertThat(level(new NameComparator(true), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "1988-07-28, 1367-05-06, exact",
        "19880728, 1988-07-28, exact",
        "1988-07-28, ۱۳۶۷/۰۵/۰۶, exact",
        "1988-07-28, 6 Mordad 1367, exact",
        "1988-07-12, 1988-12-07, swapped_or_typo",
        "1367-05-06, 1367-06-05, swapped_or_typo",
        "19880728, 19880738, swapped_or_typo",
        "19880728, 19880782, swapped_or_typo",
        "1988-07-28, 1988-08-10, within_tolerance",
        "1988-07, 1988-07-28, within_tolerance",
        "1988-07-28, 1988-02-01, same_year",
        "1367, 1988-07-28, within_span",
        "1988, 1988-07-28, within_span",
        "1988-07-28, 1975-01-01, different",
        "before 1988, 1975-01-01, missing",
        "'', 1975-01-01, missing"
    })
    void dateLevelsInEitherCalendar(String a, String b, String expected) {
        assertThat(level(new DateComparator(), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "Tehran; تهران; similar",
        "Tehran; Tehran; exact",
        "Evin, Tehran; Tehran; inside",
        "Tehran; Evin, Tehran, Iran; inside",
        "Teheran; Tehran; similar",
        "Mashhad; Tabriz; different"
    })
    void placeLevels(String a, String b, String expected) {
        assertThat(level(new PlaceComparator(), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "executed in Evin prison; Executed in Evin Prison; exact",
        "executed in Evin prison in 1988; executed in Evin prison; most",
        "member of the organisation, arrested 1981; arrested in 1981 in Tehran; some",
        "teacher; farmer; different"
    })
    void textLevels(String a, String b, String expected) {
        assertThat(level(new TextComparator(), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "123-456-789, 123456789, exact",
        "۱۲۳۴۵۶۷۸۹, 123456789, exact",
        "123456789, 123456780, one_edit",
        "123456789, 123457689, one_edit",
        "123456789, 987654321, different"
    })
    void identifierLevels(String a, String b, String expected) {
        assertThat(level(new ExactComparator(), a, b)).isEqualTo(expected);
    }
}
