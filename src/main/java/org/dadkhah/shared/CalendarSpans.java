package org.dadkhah.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/** Inclusive Gregorian bounds of whole years, months and seasons in either calendar. */
final class CalendarSpans {

    private CalendarSpans() {}

    static LocalDate[] year(DateCalendar calendar, int year) {
        return calendar == DateCalendar.GREGORIAN
                ? new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)}
                : new LocalDate[] {SolarHijri.monthStart(year, 1), SolarHijri.monthEnd(year, 12)};
    }

    /** Month 1–12, already checked. */
    static LocalDate[] month(DateCalendar calendar, int year, int month) {
        if (calendar == DateCalendar.GREGORIAN) {
            YearMonth yearMonth = YearMonth.of(year, month);
            return new LocalDate[] {yearMonth.atDay(1), yearMonth.atEndOfMonth()};
        }
        return new LocalDate[] {SolarHijri.monthStart(year, month), SolarHijri.monthEnd(year, month)};
    }

    /**
     * Season 0 (spring) to 3 (winter). Solar Hijri: three whole months (spring = Farvardin–Khordad).
     * Gregorian: fixed-date approximation of the astronomical seasons starting in {@code year}: spring
     * 21 March – 20 June, summer 21 June – 22 September, autumn 23 September – 20 December, winter
     * 21 December – 20 March of the next year.
     */
    static LocalDate[] season(DateCalendar calendar, int year, int season) {
        if (calendar == DateCalendar.SOLAR_HIJRI) {
            int first = season * 3 + 1;
            return new LocalDate[] {SolarHijri.monthStart(year, first), SolarHijri.monthEnd(year, first + 2)};
        }
        return switch (season) {
            case 0 -> new LocalDate[] {LocalDate.of(year, 3, 21), LocalDate.of(year, 6, 20)};
            case 1 -> new LocalDate[] {LocalDate.of(year, 6, 21), LocalDate.of(year, 9, 22)};
            case 2 -> new LocalDate[] {LocalDate.of(year, 9, 23), LocalDate.of(year, 12, 20)};
            default -> new LocalDate[] {LocalDate.of(year, 12, 21), LocalDate.of(year + 1, 3, 20)};
        };
    }
}
