package org.dadkhah.shared;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A month, season or year read in the calendar it was not given in, at its own precision: the months (or years) of
 * that calendar its span overlaps, as a reader says it ({@code Mordad 1367} is {@code Jul–Aug 1988}, {@code July 2019}
 * is {@code Tir–Mordad 1398}, the year {@code 1988} is {@code 1366–1367}); a day by its month's name in both calendars
 * ({@code 7 Mordad 1367}, {@code 29 July 1988}). Not exact for a month or more, unlike {@link PartialDateFormat}: for
 * pages, never for data.
 */
final class PartialDateReading {

    private static final String DASH = "–";

    private PartialDateReading() {
    }

    static String read(PartialDate date, DateCalendar calendar) {
        LocalDate earliest = date.earliest();
        LocalDate latest = date.latest();
        if (date.precision() == DatePrecision.DAY && earliest != null) {
            return calendar == DateCalendar.GREGORIAN ? gregorianDay(earliest)
                    : solarHijriDay(SolarHijri.fromGregorian(earliest));
        }
        if (calendar == date.calendar() || !date.precision().wholeMonths() || earliest == null || latest == null) {
            return calendar == DateCalendar.GREGORIAN ? date.toGregorianString() : date.toSolarHijriString();
        }
        boolean years = date.precision() == DatePrecision.YEAR;
        return calendar == DateCalendar.GREGORIAN ? gregorian(earliest, latest, years)
                : solarHijri(SolarHijri.fromGregorian(earliest), SolarHijri.fromGregorian(latest), years);
    }

    private static String gregorian(LocalDate from, LocalDate to, boolean years) {
        String marker = from.getYear() < 1500 ? " CE" : "";
        if (years) {
            return from.getYear() == to.getYear() ? from.getYear() + marker
                    : from.getYear() + DASH + to.getYear() + marker;
        }
        if (from.getYear() != to.getYear()) {
            return month(from) + " " + from.getYear() + DASH + month(to) + " " + to.getYear() + marker;
        }
        return from.getMonth() == to.getMonth()
                ? from.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + from.getYear() + marker
                : month(from) + DASH + month(to) + " " + from.getYear() + marker;
    }

    private static String solarHijri(int[] from, int[] to, boolean years) {
        String marker = to[0] >= 1500 ? " SH" : "";
        if (years) {
            return from[0] == to[0] ? from[0] + marker : from[0] + DASH + to[0] + marker;
        }
        String first = SolarHijri.MONTH_NAMES[from[1] - 1];
        String last = SolarHijri.MONTH_NAMES[to[1] - 1];
        if (from[0] != to[0]) {
            return first + " " + from[0] + DASH + last + " " + to[0] + marker;
        }
        return (from[1] == to[1] ? first : first + DASH + last) + " " + from[0] + marker;
    }

    /** {@code 29 July 1988}; {@code CE} marks a year before 1500 (that could be read as Solar Hijri). */
    private static String gregorianDay(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.getYear() + (day.getYear() < 1500 ? " CE" : "");
    }

    /** {@code 7 Mordad 1367}; {@code SH} marks a year from 1500 on (that could be read as Gregorian). */
    private static String solarHijriDay(int[] day) {
        return day[2] + " " + SolarHijri.MONTH_NAMES[day[1] - 1] + " " + day[0] + (day[0] >= 1500 ? " SH" : "");
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
