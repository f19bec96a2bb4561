package org.dadkhah.shared;

/** The calendar a date was entered in. */
public enum DateCalendar { GREGORIAN, SOLAR_HIJRI }
