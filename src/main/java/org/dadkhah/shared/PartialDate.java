package org.dadkhah.shared;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date that may be known only partly — a day, a month, a season, a year, a span, or only a bound —
 * in either the Gregorian or the Solar Hijri (Iranian) calendar. The text is kept exactly as entered;
 * {@code earliest} and {@code latest} are the inclusive Gregorian bounds it stands for
 * ({@code earliest} is null for {@link DatePrecision#BEFORE}, {@code latest} for
 * {@link DatePrecision#AFTER}).
 *
 * <h2>Accepted text</h2>
 * Digits may be ASCII, Persian (۰–۹) or Arabic-Indic (٠–٩); Arabic letter variants are tolerated.
 * <ul>
 *   <li>Days: {@code 1988-07-29}, {@code 1367-05-07}, {@code 1367/05/07}, {@code 1367-05-07 SH},
 *       {@code 29 July 1988}, {@code July 29, 1988}, {@code 7 Mordad 1367}, {@code ۷ مرداد ۱۳۶۷}.</li>
 *   <li>Months: {@code 1988-07}, {@code July 1988}, {@code Mordad 1367} (also Amordad, and the
 *       other Solar Hijri months in common Latin spellings: Farvardin, Ordibehesht, Khordad, Tir,
 *       Shahrivar, Mehr, Aban, Azar, Dey/Day, Bahman, Esfand/Isfand), {@code مرداد ۱۳۶۷}.</li>
 *   <li>Seasons: {@code summer 1988}, {@code summer 1367}, {@code تابستان ۱۳۶۷}. A Solar Hijri
 *       season is three whole months (summer 1367 = Tir–Shahrivar 1367). A Gregorian season uses a
 *       fixed-date approximation of the astronomical seasons: spring 21 March – 20 June, summer
 *       21 June – 22 September, autumn 23 September – 20 December, winter 21 December – 20 March of
 *       the following year.</li>
 *   <li>Years: {@code 1988}; {@code 1367} (= 1988-03-21..1989-03-20).</li>
 *   <li>Ranges, both ends inclusive, separated by {@code /}, {@code ..}, {@code to} or {@code تا}:
 *       {@code 1988-07/1988-09} (= 1988-07-01..1988-09-30), {@code 1988-07-01/1988-08-15}.</li>
 *   <li>Open bounds, exclusive: {@code before 1988} (latest = 1987-12-31), {@code after 1367},
 *       {@code قبل از ۱۳۶۷}.</li>
 * </ul>
 * A year below 1500 is read as Solar Hijri, 1500 and above as Gregorian, unless the text ends with a
 * marker: {@code SH}, {@code AP}, {@code HS}, {@code ه.ش} or {@code شمسی} for Solar Hijri;
 * {@code CE}, {@code AD}, {@code م} or {@code میلادی} for Gregorian. Month names fix the calendar;
 * a month name whose calendar disagrees with the year (e.g. {@code Mordad 1988}) is rejected.
 * Day-first numeric dates ({@code 29/07/1988}) and two-digit years are rejected as ambiguous.
 *
 * <p>Solar Hijri conversions and month lengths come from ICU4J's Persian calendar, which uses the
 * arithmetic 33-year leap cycle ({@code (25 * y + 11) mod 33 < 8}) up to 1501 SH and a correction
 * table after that (see {@code SolarHijri}).
 *
 * @param text the text as entered
 * @param calendar the calendar the text was written in
 * @param precision how precisely the date is known
 * @param earliest first possible day (inclusive), null only for {@code BEFORE}
 * @param latest last possible day (inclusive), null only for {@code AFTER}
 */
public record PartialDate(String text, DateCalendar calendar, DatePrecision precision,
        @Nullable LocalDate earliest, @Nullable LocalDate latest) {

    /** Checks that the bounds fit the precision and are in order. */
    public PartialDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(precision, "precision");
        boolean boundsFit = switch (precision) {
            case BEFORE -> earliest == null && latest != null;
            case AFTER -> earliest != null && latest == null;
            default -> earliest != null && latest != null;
        };
        if (!boundsFit) {
            throw new IllegalArgumentException("bounds " + earliest + ".." + latest + " do not fit precision " + precision);
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
    }

    /**
     * Reads a partial date from the forms listed on this class.
     *
     * @throws InvalidPartialDateException if the text is not a date, or names a day that does not
     *     exist; the message says why in plain English
     */
    public static PartialDate parse(String text) {
        return PartialDateParser.parse(text);
    }

    /** Like {@link #parse}, but null or blank text gives null. */
    public static @Nullable PartialDate parseNullable(@Nullable String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /**
     * The span in Gregorian terms, in the coarsest form that describes it exactly: {@code 1988-07-29},
     * {@code July 1988}, {@code summer 1988}, {@code 1988}, {@code 1988-07..1988-09},
     * {@code 1988-06-22..1988-09-22}, {@code before 1988}, {@code after 1988-07-29}. Years below
     * 1500 get a {@code CE} marker. The result parses back to the same bounds.
     */
    public String toGregorianString() {
        return PartialDateFormat.gregorian(this);
    }

    /**
     * The span in Solar Hijri terms, in the coarsest form that describes it exactly:
     * {@code 1367-05-07 SH}, {@code Mordad 1367}, {@code summer 1367}, {@code 1367},
     * {@code 1367-04..1367-06 SH}, {@code 1367-04-10..1367-05-09 SH}, {@code before 1367}. Named forms
     * get an {@code SH} marker when the year is 1500 or later. The result parses back to the same
     * bounds.
     */
    public String toSolarHijriString() {
        return PartialDateFormat.solarHijri(this);
    }

    /**
     * The date for a reader, in {@code calendar}: in the calendar it was given in, as {@link #toGregorianString} or
     * {@link #toSolarHijriString} give it; a month, season or year given in the other calendar as the months (a year:
     * the years) of {@code calendar} it overlaps, at its own precision ({@code Mordad 1367} in Gregorian is
     * {@code Jul–Aug 1988}; {@code July 2019} in Solar Hijri is {@code Tir–Mordad 1398}; the year {@code 1988} is
     * {@code 1366–1367}). A day is named in both ({@code 7 Mordad 1367}, {@code 29 July 1988}); ranges and open bounds
     * are exact in both. Not exact for a month or more: for pages, not for data (it need not parse back to the same
     * bounds).
     */
    public String toReadableString(DateCalendar calendar) {
        return PartialDateReading.read(this, calendar);
    }

    /** Whether the day lies within the bounds, both inclusive; a missing bound is open. */
    public boolean contains(LocalDate day) {
        return (earliest == null || !day.isBefore(earliest)) && (latest == null || !day.isAfter(latest));
    }
}
