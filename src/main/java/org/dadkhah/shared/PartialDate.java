package org.dadkhah.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** TEMPORARY placeholder, replaced by the full implementation. */
public record PartialDate(String text, DateCalendar calendar, DatePrecision precision, @Nullable LocalDate earliest,
        @Nullable LocalDate latest) {

    public static PartialDate parse(String text) {
        try {
            if (text.matches("\\d{4}")) {
                int y = Integer.parseInt(text);
                return new PartialDate(text, DateCalendar.GREGORIAN, DatePrecision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            LocalDate d = LocalDate.parse(text);
            return new PartialDate(text, DateCalendar.GREGORIAN, DatePrecision.DAY, d, d);
        } catch (RuntimeException e) {
            throw new InvalidPartialDateException("Not a date: " + text);
        }
    }

    public String toGregorianString() {
        return String.valueOf(earliest);
    }

    public String toSolarHijriString() {
        return String.valueOf(earliest);
    }
}
