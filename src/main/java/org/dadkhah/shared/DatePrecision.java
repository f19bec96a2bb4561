package org.dadkhah.shared;

/** How precisely a {@link PartialDate} is known. */
public enum DatePrecision {
    /** A single day. */
    DAY,
    /** A whole calendar month. */
    MONTH,
    /** A whole season (three months in Solar Hijri, astronomical season in Gregorian). */
    SEASON,
    /** A whole calendar year. */
    YEAR,
    /** An explicit span between two dates, both ends inclusive. */
    RANGE,
    /** Strictly before a date: no lower bound. */
    BEFORE,
    /** Strictly after a date: no upper bound. */
    AFTER;

    /**
     * Whether a date of this precision spans whole months of its calendar (a month, a season, a year): in the other
     * calendar it is read as the months or years it overlaps (see {@link PartialDate#toReadableString}).
     */
    public boolean wholeMonths() {
        return this == MONTH || this == SEASON || this == YEAR;
    }
}
