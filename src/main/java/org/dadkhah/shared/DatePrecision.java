package org.dadkhah.shared;

/** How precisely a date is known. */
public enum DatePrecision { DAY, MONTH, SEASON, YEAR, RANGE, BEFORE, AFTER }
