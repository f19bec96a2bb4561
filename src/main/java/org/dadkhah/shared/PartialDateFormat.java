package org.dadkhah.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Canonical text for a {@link PartialDate} in either calendar. The text is chosen from the span
 * alone, so it always parses back to the same earliest and latest day.
 */
final class PartialDateFormat {

    private PartialDateFormat() {}

    static String gregorian(PartialDate date) {
        LocalDate earliest = date.earliest();
        LocalDate latest = date.latest();
        if (earliest == null) {
            return "before " + gregorianBoundary(latest.plusDays(1), true) + ce(latest.plusDays(1));
        }
        if (latest == null) {
            return "after " + gregorianBoundary(earliest.minusDays(1), false) + ce(earliest.minusDays(1));
        }
        return gregorianSpan(earliest, latest) + ce(earliest);
    }

    private static String ce(LocalDate day) {
        return day.getYear() < 1500 ? " CE" : "";
    }

    private static String gregorianBoundary(LocalDate day, boolean start) {
        boolean yearEdge = start ? day.getDayOfYear() == 1 : day.getDayOfYear() == day.lengthOfYear();
        boolean monthEdge = start ? day.getDayOfMonth() == 1 : day.getDayOfMonth() == day.lengthOfMonth();
        return yearEdge ? year(day.getYear()) : monthEdge ? monthName(day) : iso(day);
    }

    private static String gregorianSpan(LocalDate earliest, LocalDate latest) {
        if (earliest.equals(latest)) {
            return iso(earliest);
        }
        boolean monthStart = earliest.getDayOfMonth() == 1;
        boolean monthEnd = latest.getDayOfMonth() == latest.lengthOfMonth();
        boolean yearStart = earliest.getDayOfYear() == 1;
        boolean yearEnd = latest.getDayOfYear() == latest.lengthOfYear();
        if (monthStart && monthEnd && earliest.withDayOfMonth(1).equals(latest.withDayOfMonth(1))) {
            return monthName(earliest);
        }
        for (int season = 0; season < 4; season++) {
            LocalDate[] bounds = CalendarSpans.season(DateCalendar.GREGORIAN, earliest.getYear(), season);
            if (bounds[0].equals(earliest) && bounds[1].equals(latest)) {
                return DateWords.SEASONS[season] + " " + year(earliest.getYear());
            }
        }
        if (yearStart && yearEnd) {
            return earliest.getYear() == latest.getYear() ? year(earliest.getYear())
                    : year(earliest.getYear()) + ".." + year(latest.getYear());
        }
        if (monthStart && monthEnd) {
            return yearMonth(earliest.getYear(), earliest.getMonthValue()) + ".."
                    + yearMonth(latest.getYear(), latest.getMonthValue());
        }
        return iso(earliest) + ".." + iso(latest);
    }

    static String solarHijri(PartialDate date) {
        LocalDate earliest = date.earliest();
        LocalDate latest = date.latest();
        if (earliest == null) {
            return "before " + solarHijriBoundary(SolarHijri.fromGregorian(latest.plusDays(1)), true);
        }
        if (latest == null) {
            return "after " + solarHijriBoundary(SolarHijri.fromGregorian(earliest.minusDays(1)), false);
        }
        return solarHijriSpan(SolarHijri.fromGregorian(earliest), SolarHijri.fromGregorian(latest));
    }

    private static String solarHijriBoundary(int[] day, boolean start) {
        int length = SolarHijri.monthLength(day[0], day[1]);
        boolean monthEdge = start ? day[2] == 1 : day[2] == length;
        boolean yearEdge = monthEdge && day[1] == (start ? 1 : 12);
        return yearEdge ? named(year(day[0]), day[0])
                : monthEdge ? named(SolarHijri.MONTH_NAMES[day[1] - 1] + " " + year(day[0]), day[0])
                : ymd(day) + " SH";
    }

    private static String solarHijriSpan(int[] from, int[] to) {
        if (java.util.Arrays.equals(from, to)) {
            return ymd(from) + " SH";
        }
        boolean monthStart = from[2] == 1;
        boolean monthEnd = to[2] == SolarHijri.monthLength(to[0], to[1]);
        boolean sameYear = from[0] == to[0];
        if (monthStart && monthEnd && sameYear) {
            if (from[1] == to[1]) {
                return named(SolarHijri.MONTH_NAMES[from[1] - 1] + " " + year(from[0]), from[0]);
            }
            if (from[1] % 3 == 1 && to[1] == from[1] + 2) {
                return named(DateWords.SEASONS[from[1] / 3] + " " + year(from[0]), from[0]);
            }
            if (from[1] == 1 && to[1] == 12) {
                return named(year(from[0]), from[0]);
            }
        }
        if (monthStart && monthEnd && from[1] == 1 && to[1] == 12) {
            return year(from[0]) + ".." + year(to[0]) + " SH";
        }
        if (monthStart && monthEnd) {
            return yearMonth(from[0], from[1]) + ".." + yearMonth(to[0], to[1]) + " SH";
        }
        return ymd(from) + ".." + ymd(to) + " SH";
    }

    /** Adds the SH marker where the year alone would be read as Gregorian. */
    private static String named(String text, int year) {
        return year >= 1500 ? text + " SH" : text;
    }

    private static String monthName(LocalDate day) {
        return Month.from(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year(day.getYear());
    }

    private static String year(int year) {
        return pad(new StringBuilder(10), year, 4).toString();
    }

    private static String yearMonth(int year, int month) {
        return pad(pad(new StringBuilder(7), year, 4).append('-'), month, 2).toString();
    }

    private static String iso(LocalDate day) {
        return ymd(new int[] {day.getYear(), day.getMonthValue(), day.getDayOfMonth()});
    }

    private static String ymd(int[] day) {
        return pad(pad(pad(new StringBuilder(10), day[0], 4).append('-'), day[1], 2).append('-'), day[2], 2).toString();
    }

    /**
     * Appends {@code value} zero-padded to {@code width} digits, as {@code %0Nd} in the root locale would (a negative
     * value keeps its sign in front of the padding); dates are formatted on every read, so this avoids
     * {@link String#format}'s parsing.
     */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        if (value < 0) {
            out.append('-');
            width--;
        }
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
