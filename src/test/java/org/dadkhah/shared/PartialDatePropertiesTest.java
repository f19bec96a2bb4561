package org.dadkhah.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PartialDatePropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    private static final String[] FORMS = {
        "%1$04d", "%1$04d-%2$02d", "%1$04d-%2$02d-%3$02d", "summer %1$04d", "winter %1$04d", "before %1$04d-%2$02d",
        "after %1$04d-%2$02d-%3$02d", "%1$04d-%2$02d/%4$04d-%5$02d", "%1$04d-%2$02d-%3$02d..%4$04d-%5$02d-%6$02d"
    };

    /** Text of a random date in one of many forms, Gregorian (1900–2100) or Solar Hijri (1279–1479). */
    private static Gen<String> dateTexts() {
        return integers().between(0, FORMS.length - 1)
                .zip(integers().between(0, 1), integers().between(0, Integer.MAX_VALUE), (form, shamsi, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    int year = shamsi == 1 ? 1279 + random.nextInt(200) : 1900 + random.nextInt(200);
                    int month = 1 + random.nextInt(12);
                    int day = 1 + random.nextInt(29);
                    int endYear = year + random.nextInt(3);
                    int endMonth = 1 + random.nextInt(12);
                    int endDay = 1 + random.nextInt(29);
                    String text = String.format(FORMS[form], year, month, day, endYear, endMonth, endDay);
                    return endYear == year && endMonth < month && form >= 7 ? text.replaceFirst("[/.]{1,2}", " .. ").split(" ")[0] : text;
                });
    }

    @Test
    void everyDayFrom1900To2100RoundTripsThroughItsSolarHijriString() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            PartialDate gregorian = PartialDate.parse(day.toString());
            String solarHijri = gregorian.toSolarHijriString();
            PartialDate back = PartialDate.parse(solarHijri);
            assertThat(back.calendar()).as(solarHijri).isEqualTo(DateCalendar.SOLAR_HIJRI);
            assertThat(back.earliest()).as(solarHijri).isEqualTo(day);
            assertThat(back.latest()).as(solarHijri).isEqualTo(day);
            assertThat(back.toGregorianString()).isEqualTo(day.toString());
        }
    }

    @Test
    void consecutiveGregorianDaysAreConsecutiveSolarHijriDays() {
        int[] previous = SolarHijri.fromGregorian(FIRST);
        for (LocalDate day = FIRST.plusDays(1); !day.isAfter(LAST); day = day.plusDays(1)) {
            int[] current = SolarHijri.fromGregorian(day);
            boolean nextDay = current[0] == previous[0] && current[1] == previous[1] && current[2] == previous[2] + 1;
            boolean nextMonth = current[0] == previous[0] && current[1] == previous[1] + 1 && current[2] == 1;
            boolean nextYear = current[0] == previous[0] + 1 && current[1] == 1 && previous[1] == 12 && current[2] == 1;
            assertThat(nextDay || nextMonth || nextYear).as(day.toString()).isTrue();
            previous = current;
        }
    }

    @Test
    void esfand30ExistsExactlyInIcuLeapYears() {
        for (int year = 1200; year <= 1700; year++) {
            boolean leap = SolarHijri.isLeapYear(year);
            String esfand30 = year + "-12-30 SH";
            if (leap) {
                assertThat(PartialDate.parse(esfand30).earliest()).isEqualTo(SolarHijri.toGregorian(year + 1, 1, 1).minusDays(1));
            } else {
                assertThatThrownBy(() -> PartialDate.parse(esfand30)).isInstanceOf(InvalidPartialDateException.class);
            }
            PartialDate whole = PartialDate.parse(year + " SH");
            assertThat(ChronoUnit.DAYS.between(whole.earliest(), whole.latest()) + 1).as("SH %d", year).isEqualTo(leap ? 366 : 365);
        }
    }

    @Test
    void icuLeapYearsFollowThe33YearCycleUpTo1501() {
        for (int year = 1; year <= 1501; year++) {
            assertThat(SolarHijri.isLeapYear(year)).as("SH %d", year).isEqualTo(Math.floorMod(25 * year + 11, 33) < 8);
        }
    }

    @Test
    void icuCorrectsTheCycleFrom1502() {
        assertThat(Math.floorMod(25 * 1502 + 11, 33) < 8).isTrue();
        assertThat(SolarHijri.isLeapYear(1502)).isFalse();
    }

    @Test
    void solarHijriMonthsHave31Then30ThenEsfandDays() {
        for (int year = 1279; year <= 1479; year++) {
            for (int month = 1; month <= 11; month++) {
                assertThat(SolarHijri.monthLength(year, month)).isEqualTo(month <= 6 ? 31 : 30);
            }
        }
    }

    @Test
    void february29ExistsExactlyInGregorianLeapYears() {
        for (int year = 1900; year <= 2100; year++) {
            String text = year + "-02-29";
            if (Year.isLeap(year)) {
                assertThat(PartialDate.parse(text).earliest()).isEqualTo(LocalDate.of(year, 2, 29));
            } else {
                assertThatThrownBy(() -> PartialDate.parse(text)).hasMessageContaining("not a leap year");
            }
            PartialDate whole = PartialDate.parse(String.valueOf(year));
            assertThat(ChronoUnit.DAYS.between(whole.earliest(), whole.latest()) + 1).isEqualTo(Year.of(year).length());
        }
    }

    @Test
    void earliestIsNeverAfterLatestAndBothRenderingsParseBackToTheSameBounds() {
        qt().withFixedSeed(20240729L).withExamples(3000).forAll(dateTexts()).checkAssert(text -> {
            PartialDate date;
            try {
                date = PartialDate.parse(text);
            } catch (InvalidPartialDateException e) {
                assertThat(e.getMessage()).as(text).containsAnyOf("days, so day", "before it starts", "not a leap year");
                return;
            }
            if (date.earliest() != null && date.latest() != null) {
                assertThat(date.earliest()).as(text).isBeforeOrEqualTo(date.latest());
            }
            for (String rendered : new String[] {date.toGregorianString(), date.toSolarHijriString()}) {
                PartialDate back = PartialDate.parse(rendered);
                assertThat(back.earliest()).as(text + " -> " + rendered).isEqualTo(date.earliest());
                assertThat(back.latest()).as(text + " -> " + rendered).isEqualTo(date.latest());
            }
        });
    }

    @Test
    void aMonthContainsAllItsDaysAndNoOthersInBothCalendars() {
        qt().withFixedSeed(1367L).withExamples(500)
                .forAll(integers().between(1279, 2100), integers().between(1, 12))
                .checkAssert((year, month) -> {
                    PartialDate date = PartialDate.parse(String.format("%04d-%02d", year, month));
                    int length = year < 1500 ? SolarHijri.monthLength(year, month) : java.time.YearMonth.of(year, month).lengthOfMonth();
                    for (int day = 1; day <= length; day++) {
                        LocalDate each = PartialDate.parse(String.format("%04d-%02d-%02d", year, month, day)).earliest();
                        assertThat(date.contains(each)).isTrue();
                    }
                    assertThat(date.contains(date.earliest().minusDays(1))).isFalse();
                    assertThat(date.contains(date.latest().plusDays(1))).isFalse();
                    assertThat(ChronoUnit.DAYS.between(date.earliest(), date.latest()) + 1).isEqualTo(length);
                });
    }
}
