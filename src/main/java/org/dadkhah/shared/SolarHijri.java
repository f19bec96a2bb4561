package org.dadkhah.shared;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Solar Hijri (Iranian) calendar arithmetic, delegated to ICU4J's {@code PersianCalendar}.
 *
 * <p>ICU (77.1) decides leap years with the arithmetic 33-year cycle: Solar Hijri year {@code y} is
 * a leap year (Esfand has 30 days) when {@code (25 * y + 11) mod 33 < 8} — exactly so for years 1 to
 * 1501 (checked by our tests) — and from 1502 SH (2123 CE) on it removes some cycle leap years
 * through a built-in correction table ({@code PersianCalendar.NonLeapYears}: 1502, 1601, 1634, …)
 * so as to track the official astronomical calendar, whose year starts on the day of the March
 * equinox judged at Tehran noon. We do not second-guess ICU: whatever it says is the calendar.
 * Months 1–6 have 31 days, months 7–11 have 30, Esfand has 29 or 30. Days are converted through
 * epoch days at midnight GMT, so the Gregorian side is the proleptic Gregorian calendar of
 * {@link LocalDate}.
 *
 * <p>Pages and exports convert thousands of dates, so the first day of every year from 1 to {@value #LAST_YEAR} SH
 * is read from ICU once, when the class loads, and days within that range are converted with the months' fixed
 * lengths (six of 31 days, five of 30, Esfand the rest of the year) instead of an ICU calendar per call; days
 * outside it still go to ICU. {@code SolarHijriTest} checks every day of the range against ICU.
 */
final class SolarHijri {

    /** Latin transliterations of the month names used in output, Farvardin first. */
    static final String[] MONTH_NAMES = {
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"
    };

    /** The last year whose first day is read from ICU in advance. */
    static final int LAST_YEAR = 1700;

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final int FIRST_HALF_DAYS = 6 * 31;
    private static final Calendar PROTOTYPE = newCalendar();
    /** Epoch day of 1 Farvardin of year {@code i + 1}, for years 1 to {@link #LAST_YEAR} + 1. */
    private static final long[] YEAR_START = yearStarts();

    private SolarHijri() {}

    private static Calendar newCalendar() {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
        calendar.setLenient(false);
        return calendar;
    }

    private static long[] yearStarts() {
        long[] starts = new long[LAST_YEAR + 1];
        for (int year = 1; year <= LAST_YEAR + 1; year++) {
            starts[year - 1] = Icu.toGregorian(year, 1, 1).toEpochDay();
        }
        return starts;
    }

    private static boolean tabled(int year) {
        return year >= 1 && year <= LAST_YEAR;
    }

    /** A fresh calendar; the shared prototype is never mutated, so cloning it is thread-safe. */
    static Calendar calendar() {
        return (Calendar) PROTOTYPE.clone();
    }

    /** Number of days in the given Solar Hijri month (1-based), as ICU computes it. */
    static int monthLength(int year, int month) {
        if (!tabled(year) || month < 1 || month > 12) {
            return Icu.monthLength(year, month);
        }
        return month <= 6 ? 31 : month <= 11 ? 30 : (int) (YEAR_START[year] - YEAR_START[year - 1]) - FIRST_HALF_DAYS - 150;
    }

    /** Whether Esfand of the given Solar Hijri year has 30 days. */
    static boolean isLeapYear(int year) {
        return monthLength(year, 12) == 30;
    }

    /** The Gregorian day of a valid Solar Hijri date (month and day 1-based). */
    static LocalDate toGregorian(int year, int month, int day) {
        if (!tabled(year) || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return Icu.toGregorian(year, month, day);
        }
        int before = month <= 7 ? (month - 1) * 31 : FIRST_HALF_DAYS + (month - 7) * 30;
        return LocalDate.ofEpochDay(YEAR_START[year - 1] + before + day - 1);
    }

    /** The Solar Hijri {year, month, day} (month and day 1-based) of a Gregorian day. */
    static int[] fromGregorian(LocalDate day) {
        long epochDay = day.toEpochDay();
        if (epochDay < YEAR_START[0] || epochDay >= YEAR_START[LAST_YEAR]) {
            return Icu.fromGregorian(day);
        }
        int found = Arrays.binarySearch(YEAR_START, epochDay);
        int index = found >= 0 ? found : -found - 2;
        int dayOfYear = (int) (epochDay - YEAR_START[index]);
        if (dayOfYear < FIRST_HALF_DAYS) {
            return new int[] {index + 1, dayOfYear / 31 + 1, dayOfYear % 31 + 1};
        }
        int month = Math.min(7 + (dayOfYear - FIRST_HALF_DAYS) / 30, 12);
        return new int[] {index + 1, month, dayOfYear - FIRST_HALF_DAYS - (month - 7) * 30 + 1};
    }

    /** First day of a Solar Hijri month. */
    static LocalDate monthStart(int year, int month) {
        return toGregorian(year, month, 1);
    }

    /** Last day of a Solar Hijri month. */
    static LocalDate monthEnd(int year, int month) {
        return toGregorian(year, month, monthLength(year, month));
    }

    /** The same conversions asked of ICU each time: outside the table's years, and as the reference in tests. */
    static final class Icu {

        private Icu() {}

        static int monthLength(int year, int month) {
            Calendar calendar = calendar();
            calendar.clear();
            calendar.set(year, month - 1, 1);
            return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
        }

        static LocalDate toGregorian(int year, int month, int day) {
            Calendar calendar = calendar();
            calendar.clear();
            calendar.set(year, month - 1, day);
            return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
        }

        static int[] fromGregorian(LocalDate day) {
            Calendar calendar = calendar();
            calendar.clear();
            calendar.setTimeInMillis(day.toEpochDay() * MILLIS_PER_DAY);
            return new int[] {
                calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH)
            };
        }
    }
}
