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
    AFTER
}
