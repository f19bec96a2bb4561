package org.dadkhah.shared;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

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
 */
final class SolarHijri {

    /** Latin transliterations of the month names used in output, Farvardin first. */
    static final String[] MONTH_NAMES = {
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"
    };

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final Calendar PROTOTYPE = newCalendar();

    private SolarHijri() {}

    private static Calendar newCalendar() {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
        calendar.setLenient(false);
        return calendar;
    }

    /** A fresh calendar; the shared prototype is never mutated, so cloning it is thread-safe. */
    static Calendar calendar() {
        return (Calendar) PROTOTYPE.clone();
    }

    /** Number of days in the given Solar Hijri month (1-based), as ICU computes it. */
    static int monthLength(int year, int month) {
        Calendar calendar = calendar();
        calendar.clear();
        calendar.set(year, month - 1, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    /** Whether Esfand of the given Solar Hijri year has 30 days. */
    static boolean isLeapYear(int year) {
        return monthLength(year, 12) == 30;
    }

    /** The Gregorian day of a valid Solar Hijri date (month and day 1-based). */
    static LocalDate toGregorian(int year, int month, int day) {
        Calendar calendar = calendar();
        calendar.clear();
        calendar.set(year, month - 1, day);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }

    /** The Solar Hijri {year, month, day} (month and day 1-based) of a Gregorian day. */
    static int[] fromGregorian(LocalDate day) {
        Calendar calendar = calendar();
        calendar.clear();
        calendar.setTimeInMillis(day.toEpochDay() * MILLIS_PER_DAY);
        return new int[] {
            calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH)
        };
    }

    /** First day of a Solar Hijri month. */
    static LocalDate monthStart(int year, int month) {
        return toGregorian(year, month, 1);
    }

    /** Last day of a Solar Hijri month. */
    static LocalDate monthEnd(int year, int month) {
        return toGregorian(year, month, monthLength(year, month));
    }
}
