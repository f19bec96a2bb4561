package org.dadkhah.linkage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.dadkhah.shared.DatePrecision;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Partial dates in either calendar ({@link PartialDate}: {@code 1988-07-29}, {@code 1367-05-07}, {@code 1367},
 * {@code Mordad 1367}), also written as eight digits ({@code 19880729}, {@code 13670507}). Levels:
 * <ol start="0">
 *   <li>{@code different}</li>
 *   <li>{@code same_year}: two days in the same Gregorian or Solar Hijri year, further apart than any slip explains;
 *       or spans that only touch within {@value #TOLERANCE_DAYS} days</li>
 *   <li>{@code within_span}: one date is only a year (or a span up to a few years) that contains the other (a list
 *       that knew only the year agrees as well as it can)</li>
 *   <li>{@code swapped_or_typo}: day and month swapped (in either calendar), or one digit differs</li>
 *   <li>{@code within_tolerance}: at most {@value #TOLERANCE_DAYS} days apart, or a month that contains the day</li>
 *   <li>{@code exact}: the same day</li>
 * </ol>
 * A date given only as a bound ({@code before 1988}) or a span wider than {@value #MAX_SPAN_YEARS} years is treated
 * as missing; text that is not a date is compared by its digits.
 */
final class DateComparator implements FieldComparator {

    static final int TOLERANCE_DAYS = 31;
    static final int MAX_SPAN_YEARS = 3;
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final List<String> LEVELS =
            List.of("different", "same_year", "within_span", "swapped_or_typo", "within_tolerance", "exact");

    /** A date ready for comparison: the parsed span (if it parsed) and its day as eight digits (or the raw digits). */
    record DateValue(@Nullable PartialDate date, String digits, String solarDigits) {
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public @Nullable Object prepare(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (EIGHT_DIGITS.matcher(text).matches()) {
            text = text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6);
        }
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            String digits = raw.replaceAll("\\D", "");
            return digits.isEmpty() ? null : new DateValue(null, digits, "");
        }
        if (date.earliest() == null || date.latest() == null
                || ChronoUnit.DAYS.between(date.earliest(), date.latest()) > 366L * MAX_SPAN_YEARS) {
            return null;
        }
        boolean day = date.precision() == DatePrecision.DAY;
        String digits = day ? date.earliest().toString().replace("-", "") : "";
        String solar = day ? date.toSolarHijriString().replaceAll("\\D", "") : "";
        return new DateValue(date, digits, solar);
    }

    @Override
    public int compare(Object left, Object right) {
        DateValue a = (DateValue) left;
        DateValue b = (DateValue) right;
        if (a.date == null || b.date == null) {
            return compareDigits(a.digits, b.digits);
        }
        LocalDate a0 = a.date.earliest();
        LocalDate a1 = a.date.latest();
        LocalDate b0 = b.date.earliest();
        LocalDate b1 = b.date.latest();
        if (a0 == null || a1 == null || b0 == null || b1 == null) {
            return 0;
        }
        boolean aDay = a0.equals(a1);
        boolean bDay = b0.equals(b1);
        if (aDay && bDay) {
            if (a0.equals(b0)) {
                return 5;
            }
            if (swapped(a.digits, b.digits) || swapped(a.solarDigits, b.solarDigits)) {
                return 3;
            }
            if (Math.abs(ChronoUnit.DAYS.between(a0, b0)) <= TOLERANCE_DAYS) {
                return 4;
            }
            if (oneDigit(a.digits, b.digits) || oneDigit(a.solarDigits, b.solarDigits)) {
                return 3;
            }
            return a0.getYear() == b0.getYear() || a.solarDigits.regionMatches(0, b.solarDigits, 0, 4) ? 1 : 0;
        }
        long gap = Math.max(ChronoUnit.DAYS.between(a1, b0), ChronoUnit.DAYS.between(b1, a0));
        long width = Math.max(ChronoUnit.DAYS.between(a0, a1), ChronoUnit.DAYS.between(b0, b1));
        if (gap <= 0) {
            return width <= TOLERANCE_DAYS ? 4 : 2;
        }
        return gap <= TOLERANCE_DAYS ? 1 : 0;
    }

    private static int compareDigits(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 5;
        }
        if (swapped(a, b) || oneDigit(a, b)) {
            return 3;
        }
        return a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4) ? 1 : 0;
    }

    /** Same year, with month and day exchanged ({@code YYYYMMDD} strings). */
    private static boolean swapped(String a, String b) {
        return a.length() == 8 && b.length() == 8 && a.regionMatches(0, b, 0, 4)
                && a.substring(4, 6).equals(b.substring(6, 8)) && a.substring(6, 8).equals(b.substring(4, 6));
    }

    /** Same length, at most one digit different, or two neighbouring digits exchanged. */
    static boolean oneDigit(String a, String b) {
        if (a.length() != b.length() || a.isEmpty()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    @Override
    public @Nullable String blockingKey(Object prepared, String variant) {
        DateValue value = (DateValue) prepared;
        if (variant.equals("year")) {
            if (value.date != null && value.date.earliest() != null && value.date.latest() != null
                    && value.date.earliest().getYear() == value.date.latest().getYear()) {
                return String.valueOf(value.date.earliest().getYear());
            }
            return value.date == null && value.digits.length() >= 4 ? value.digits.substring(0, 4) : null;
        }
        return variant.isEmpty() && value.digits.length() == 8 ? value.digits : null;
    }
}
