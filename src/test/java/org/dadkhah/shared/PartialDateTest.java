package org.dadkhah.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static void assertSpan(String text, DateCalendar calendar, DatePrecision precision, String earliest, String latest) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.text()).isEqualTo(text);
        assertThat(date.calendar()).isEqualTo(calendar);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).isEqualTo(LocalDate.parse(earliest));
        assertThat(date.latest()).isEqualTo(LocalDate.parse(latest));
    }

    @Nested
    class Days {
        @Test
        void isoGregorianDayIsThatDay() {
            assertSpan("1988-07-29", DateCalendar.GREGORIAN, DatePrecision.DAY, "1988-07-29", "1988-07-29");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1367-05-07", "1367-05-07 SH", "1367/05/07", "1367.05.07", "1367-5-7 sh", "1367-05-07 AP",
            "۱۳۶۷/۰۵/۰۷", "١٣٦٧-٠٥-٠٧", "۷ مرداد ۱۳۶۷", "7 Mordad 1367", "1367/05/07 ه.ش", "۱۳۶۷/۰۵/۰۷ هجری شمسی"})
        void solarHijriDayIsConvertedWithIcu(String text) {
            assertSpan(text, DateCalendar.SOLAR_HIJRI, DatePrecision.DAY, "1988-07-29", "1988-07-29");
        }

        @Test
        void icuAgreesThat28July1988Is6Mordad1367() {
            assertThat(PartialDate.parse("1367-05-06").earliest()).isEqualTo(LocalDate.of(1988, 7, 28));
        }

        @ParameterizedTest
        @ValueSource(strings = {"29 July 1988", "July 29, 1988", "July 29 1988", "29th July 1988", "29 Jul 1988"})
        void englishGregorianDayIsThatDay(String text) {
            assertSpan(text, DateCalendar.GREGORIAN, DatePrecision.DAY, "1988-07-29", "1988-07-29");
        }

        @Test
        void aGregorianMarkerOverridesTheYearRule() {
            assertSpan("1367-05-07 CE", DateCalendar.GREGORIAN, DatePrecision.DAY, "1367-05-07", "1367-05-07");
        }

        @Test
        void thirtiethOfEsfandExistsInALeapYear() {
            assertThat(PartialDate.parse("1366-12-30").earliest()).isEqualTo(LocalDate.of(1988, 3, 20));
        }
    }

    @Nested
    class MonthsSeasonsYears {
        @ParameterizedTest
        @CsvSource({
            "Farvardin 1367, Farvardin", "Ordibehesht 1367, Ordibehesht", "Khordad 1367, Khordad", "Tir 1367, Tir",
            "Mordad 1367, Mordad", "Amordad 1367, Mordad", "Shahrivar 1367, Shahrivar", "Mehr 1367, Mehr",
            "Aban 1367, Aban", "Azar 1367, Azar", "Dey 1367, Dey", "Day 1367, Dey", "Bahman 1367, Bahman",
            "Esfand 1367, Esfand", "Isfand 1367, Esfand", "mordad 1367, Mordad", "MORDAD 1367, Mordad",
            "مرداد ۱۳۶۷, Mordad", "امرداد ۱۳۶۷, Mordad", "مرداد ماه ١٣٦٧, Mordad", "دي ۱۳۶۷, Dey",
            "شهريور ۱۳۶۷, Shahrivar", "آبان ۱۳۶۷, Aban", "ابان ۱۳۶۷, Aban", "اسفند ۱۳۶۷, Esfand"})
        void solarHijriMonthNamesInLatinAndPersianScript(String text, String canonical) {
            PartialDate date = PartialDate.parse(text);
            assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(date.calendar()).isEqualTo(DateCalendar.SOLAR_HIJRI);
            assertThat(date.toSolarHijriString()).isEqualTo(canonical + " 1367");
        }

        @Test
        void mordad1367RunsFrom23JulyTo22August1988() {
            assertSpan("Mordad 1367", DateCalendar.SOLAR_HIJRI, DatePrecision.MONTH, "1988-07-23", "1988-08-22");
        }

        @ParameterizedTest
        @ValueSource(strings = {"July 1988", "july 1988", "Jul 1988", "1988-07", "ژوئیه ۱۹۸۸"})
        void gregorianMonthIsTheWholeMonth(String text) {
            assertSpan(text, DateCalendar.GREGORIAN, DatePrecision.MONTH, "1988-07-01", "1988-07-31");
        }

        @Test
        void gregorianSummerIsAstronomical() {
            assertSpan("summer 1988", DateCalendar.GREGORIAN, DatePrecision.SEASON, "1988-06-21", "1988-09-22");
        }

        @Test
        void gregorianWinterRunsIntoTheNextYear() {
            assertSpan("winter 1988", DateCalendar.GREGORIAN, DatePrecision.SEASON, "1988-12-21", "1989-03-20");
        }

        @ParameterizedTest
        @ValueSource(strings = {"summer 1367", "Summer of 1367", "تابستان ۱۳۶۷", "تابستان سال ۱۳۶۷", "tabestan 1367"})
        void solarHijriSummerIsTirToShahrivar(String text) {
            assertSpan(text, DateCalendar.SOLAR_HIJRI, DatePrecision.SEASON, "1988-06-22", "1988-09-22");
        }

        @ParameterizedTest
        @CsvSource({"بهار ۱۳۶۷, spring 1367", "پاییز ۱۳۶۷, autumn 1367", "پائیز ۱۳۶۷, autumn 1367",
            "زمستان ۱۳۶۷, winter 1367", "fall 1367, autumn 1367"})
        void persianSeasonWords(String text, String canonical) {
            assertThat(PartialDate.parse(text).toSolarHijriString()).isEqualTo(canonical);
        }

        @Test
        void gregorianYearIsTheWholeYear() {
            assertSpan("1988", DateCalendar.GREGORIAN, DatePrecision.YEAR, "1988-01-01", "1988-12-31");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1367", "۱۳۶۷", "1367 SH", "سال ۱۳۶۷"})
        void solarHijriYear1367SpansMarch1988ToMarch1989(String text) {
            assertSpan(text, DateCalendar.SOLAR_HIJRI, DatePrecision.YEAR, "1988-03-21", "1989-03-20");
        }
    }

    @Nested
    class RangesAndBounds {
        @ParameterizedTest
        @ValueSource(strings = {"1988-07/1988-09", "1988-07..1988-09", "1988-07 to 1988-09", "from 1988-07 to 1988-09"})
        void monthRangeCoversWholeMonths(String text) {
            assertSpan(text, DateCalendar.GREGORIAN, DatePrecision.RANGE, "1988-07-01", "1988-09-30");
        }

        @Test
        void dayRangeIsInclusive() {
            assertSpan("1988-07-01/1988-08-15", DateCalendar.GREGORIAN, DatePrecision.RANGE, "1988-07-01", "1988-08-15");
        }

        @Test
        void solarHijriRangeInPersian() {
            assertSpan("از تیر ۱۳۶۷ تا شهریور ۱۳۶۷", DateCalendar.SOLAR_HIJRI, DatePrecision.RANGE, "1988-06-22", "1988-09-22");
        }

        @Test
        void beforeHasNoLowerBoundAndExcludesTheYear() {
            PartialDate date = PartialDate.parse("before 1988");
            assertThat(date.precision()).isEqualTo(DatePrecision.BEFORE);
            assertThat(date.earliest()).isNull();
            assertThat(date.latest()).isEqualTo(LocalDate.of(1987, 12, 31));
            assertThat(date.contains(LocalDate.of(1900, 1, 1))).isTrue();
            assertThat(date.contains(LocalDate.of(1988, 1, 1))).isFalse();
        }

        @Test
        void afterASolarHijriYearStartsOnNowruz() {
            PartialDate date = PartialDate.parse("after 1367");
            assertThat(date.calendar()).isEqualTo(DateCalendar.SOLAR_HIJRI);
            assertThat(date.precision()).isEqualTo(DatePrecision.AFTER);
            assertThat(date.earliest()).isEqualTo(LocalDate.of(1989, 3, 21));
            assertThat(date.latest()).isNull();
            assertThat(date.contains(LocalDate.of(2100, 1, 1))).isTrue();
        }

        @Test
        void persianBeforeAndAfterWords() {
            assertThat(PartialDate.parse("قبل از ۱۳۶۷").latest()).isEqualTo(LocalDate.of(1988, 3, 20));
            assertThat(PartialDate.parse("بعد از مرداد ۱۳۶۷").earliest()).isEqualTo(LocalDate.of(1988, 8, 23));
        }
    }

    @Nested
    class Rendering {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1988-07-29|1988-07-29|1367-05-07 SH", "1367-05-07|1988-07-29|1367-05-07 SH",
            "July 1988|July 1988|1367-04-10..1367-05-09 SH", "Mordad 1367|1988-07-23..1988-08-22|Mordad 1367",
            "summer 1988|summer 1988|1367-03-31..1367-06-31 SH", "summer 1367|1988-06-22..1988-09-22|summer 1367",
            "1988|1988|1366-10-11..1367-10-10 SH", "1367|1988-03-21..1989-03-20|1367",
            "1988-07/1988-09|1988-07..1988-09|1367-04-10..1367-07-08 SH", "1988..1990|1988..1990|1366-10-11..1369-10-10 SH",
            "before 1988|before 1988|before 1366-10-11 SH", "after 1367|after 1989-03-20|after 1367",
            "before July 1988|before July 1988|before 1367-04-10 SH", "after Mordad 1367|after 1988-08-22|after Mordad 1367",
            "Tir 1367..Shahrivar 1367|1988-06-22..1988-09-22|summer 1367", "1367-04..1367-05 SH|1988-06-22..1988-08-22|1367-04..1367-05 SH",
            "Mordad 1500 SH|2121-07-23..2121-08-22|Mordad 1500 SH", "1367-05-07 CE|1367-05-07 CE|0746-02-17 SH"})
        void rendersTheCoarsestExactFormInEachCalendar(String text, String gregorian, String solarHijri) {
            PartialDate date = PartialDate.parse(text);
            assertThat(date.toGregorianString()).isEqualTo(gregorian);
            assertThat(date.toSolarHijriString()).isEqualTo(solarHijri);
        }
    }

    @Nested
    class Reading {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Mordad 1367|Jul–Aug 1988|Mordad 1367", "July 2019|July 2019|Tir–Mordad 1398",
            "July 1988|July 1988|Tir–Mordad 1367", "March 1988|March 1988|Esfand 1366–Farvardin 1367",
            "Dey 1367|Dec 1988–Jan 1989|Dey 1367", "summer 1367|Jun–Sep 1988|summer 1367",
            "winter 1367|Dec 1988–Mar 1989|winter 1367", "summer 1988|summer 1988|Khordad–Shahrivar 1367",
            "1988|1988|1366–1367", "1367|1988–1989|1367", "Mordad 1500 SH|Jul–Aug 2121|Mordad 1500 SH",
            "July 2121|July 2121|Tir–Mordad 1500 SH", "1367-05-07|29 July 1988|7 Mordad 1367",
            "1988-07-29|29 July 1988|7 Mordad 1367", "1500-01-01 SH|21 March 2121|1 Farvardin 1500 SH",
            "1367-05-07 CE|7 May 1367 CE|17 Ordibehesht 746", "1988-07/1988-09|1988-07..1988-09|1367-04-10..1367-07-08 SH", "before 1988|before 1988|before 1366-10-11 SH",
            "after Mordad 1367|after 1988-08-22|after Mordad 1367"})
        void aMonthSeasonOrYearReadsInTheOtherCalendarAsTheMonthsOrYearsItOverlaps(String text, String gregorian,
                String solarHijri) {
            PartialDate date = PartialDate.parse(text);
            assertThat(date.toReadableString(DateCalendar.GREGORIAN)).isEqualTo(gregorian);
            assertThat(date.toReadableString(DateCalendar.SOLAR_HIJRI)).isEqualTo(solarHijri);
        }

        @Test
        void readingAMonthSeasonOrYearInItsOwnCalendarIsTheExactText() {
            for (String text : new String[] {"Mordad 1367", "July 1988", "1988", "summer 1367", "1988-07..1988-09"}) {
                PartialDate date = PartialDate.parse(text);
                String own = date.calendar() == DateCalendar.GREGORIAN ? date.toGregorianString()
                        : date.toSolarHijriString();
                assertThat(date.toReadableString(date.calendar())).as(text).isEqualTo(own);
            }
        }
    }

    @Nested
    class Rejections {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1367-12-30|1367 is not a leap year in the Solar Hijri calendar: Esfand has 29 days",
            "1988-02-30|February 1988 has 29 days, so day 30 does not exist",
            "1987-02-29|1987 is not a leap year in the Gregorian calendar: February has 28 days",
            "1988-13-01|month 13 does not exist: months are numbered 1 to 12",
            "1367-13|month 13 does not exist: months are numbered 1 to 12",
            "1367-07-31|Mehr has 30 days in the Solar Hijri calendar, so day 31 does not exist",
            "1988-07-00|day 0 does not exist: days are numbered from 1",
            "29/07/1988|'29/07/1988' puts the day first, which is ambiguous; write the year first, as in 1988-07-29",
            "67|the year 67 is ambiguous; write it in full, for example 1367 or 1988",
            "1988-09/1988-07|the range ends (1988-07) before it starts (1988-09)",
            "1988-07/1367-06|both ends of a range must be in the same calendar"})
        void explainsWhyADateIsRejected(String text, String message) {
            assertThatThrownBy(() -> PartialDate.parse(text))
                    .isInstanceOf(InvalidPartialDateException.class)
                    .hasMessage(message)
                    .satisfies(e -> assertThat(((InvalidPartialDateException) e).input()).isEqualTo(text));
        }

        @Test
        void rejectsAMonthNameFromTheOtherCalendar() {
            assertThatThrownBy(() -> PartialDate.parse("Mordad 1988")).hasMessageContaining("Mordad is a Solar Hijri month");
            assertThatThrownBy(() -> PartialDate.parse("July 1367")).hasMessageContaining("July is a Gregorian month");
            assertThatThrownBy(() -> PartialDate.parse("July 1988 SH")).hasMessageContaining("marked as Solar Hijri");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "yesterday", "1988-07/", "before", "July", "1988 July 29 30"})
        void rejectsTextThatIsNotADate(String text) {
            assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(InvalidPartialDateException.class)
                    .message().isNotBlank();
        }

        @Test
        void constructorRejectsBoundsThatDoNotFitThePrecision() {
            LocalDate day = LocalDate.of(1988, 7, 29);
            assertThatThrownBy(() -> new PartialDate("x", DateCalendar.GREGORIAN, DatePrecision.BEFORE, day, day))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new PartialDate("x", DateCalendar.GREGORIAN, DatePrecision.DAY, day, day.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void keepsTheTextExactlyAsEntered() {
        assertThat(PartialDate.parse("  مرداد  ۱۳۶۷ ").text()).isEqualTo("  مرداد  ۱۳۶۷ ");
    }

    @Test
    void parseNullableTurnsNullAndBlankIntoNull() {
        assertThat(PartialDate.parseNullable(null)).isNull();
        assertThat(PartialDate.parseNullable("  ")).isNull();
        assertThat(PartialDate.parseNullable("1988")).isNotNull();
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        PartialDate mordad = PartialDate.parse("Mordad 1367");
        assertThat(mordad.contains(LocalDate.of(1988, 7, 23))).isTrue();
        assertThat(mordad.contains(LocalDate.of(1988, 8, 22))).isTrue();
        assertThat(mordad.contains(LocalDate.of(1988, 7, 22))).isFalse();
        assertThat(mordad.contains(LocalDate.of(1988, 8, 23))).isFalse();
    }
}
