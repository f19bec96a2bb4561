package org.dadkhah.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The table of years read from ICU gives ICU's answer for every day it covers, and ICU's own beyond it. */
class SolarHijriTest {

    private static final LocalDate FIRST = SolarHijri.Icu.toGregorian(1, 1, 1);
    private static final LocalDate AFTER_TABLE = SolarHijri.Icu.toGregorian(SolarHijri.LAST_YEAR + 1, 1, 1);

    @Test
    void everyDayOfTheTabledYearsConvertsAsIcuConvertsIt() {
        int days = 0;
        for (LocalDate day = FIRST.minusDays(400); day.isBefore(AFTER_TABLE.plusDays(400)); day = day.plusDays(1)) {
            int[] solar = SolarHijri.fromGregorian(day);
            assertThat(solar).as("Solar Hijri day of %s", day).containsExactly(SolarHijri.Icu.fromGregorian(day));
            if (solar[0] >= 1) {
                assertThat(SolarHijri.toGregorian(solar[0], solar[1], solar[2])).isEqualTo(day);
            }
            days++;
        }
        assertThat(days).isGreaterThan(SolarHijri.LAST_YEAR * 365);
    }

    @Test
    void everyMonthHasIcusLengthAndEsfandFollowsTheLeapYears() {
        for (int year = -2; year <= SolarHijri.LAST_YEAR + 3; year++) {
            for (int month = 1; month <= 12; month++) {
                assertThat(SolarHijri.monthLength(year, month)).as("%d-%d", year, month)
                        .isEqualTo(SolarHijri.Icu.monthLength(year, month));
            }
        }
        assertThat(SolarHijri.isLeapYear(1403)).isTrue();
        assertThat(SolarHijri.isLeapYear(1367)).isFalse();
        assertThat(SolarHijri.monthEnd(1367, 5)).isEqualTo(LocalDate.of(1988, 8, 22));
        assertThat(SolarHijri.monthStart(1367, 5)).isEqualTo(LocalDate.of(1988, 7, 23));
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAsIcuRefusesIt() {
        assertThatThrownBy(() -> SolarHijri.toGregorian(1367, 12, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SolarHijri.toGregorian(1367, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SolarHijri.toGregorian(1367, 7, 31)).isInstanceOf(IllegalArgumentException.class);
    }
}
