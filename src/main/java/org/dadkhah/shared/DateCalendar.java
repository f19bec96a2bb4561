package org.dadkhah.shared;

/** The calendar a {@link PartialDate} was entered in. */
public enum DateCalendar {
    /** The (proleptic) Gregorian calendar. */
    GREGORIAN,
    /** The Iranian Solar Hijri calendar (hejri shamsi), as computed by ICU4J. */
    SOLAR_HIJRI
}
