package org.dadkhah.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the text forms documented on {@link PartialDate}. */
final class PartialDateParser {

    private record Unit(DateCalendar calendar, DatePrecision precision, LocalDate earliest, LocalDate latest) {}

    private static final Pattern NUMERIC = Pattern.compile("(\\d+)(?:[-/.](\\d+)(?:[-/.](\\d+))?)?");
    private static final Pattern SLASHED_DATE = Pattern.compile("\\d{1,4}/\\d{1,2}(?:/\\d{1,2})?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{3,4}");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final String[] RANGE_SEPARATORS = {"..", " to ", " تا ", " - ", "–", "—", "/"};
    static final String EXAMPLES = "for example 1988-07-29, 1367-05-07 SH, Mordad 1367, July 1988, summer 1988, "
            + "1988, 1988-07/1988-09 or before 1988";

    private final String input;
    private @Nullable DateCalendar marker;

    private PartialDateParser(String input) {
        this.input = input;
    }

    static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        return new PartialDateParser(text).parse();
    }

    private PartialDate parse() {
        List<String> tokens = new ArrayList<>(List.of(clean(input).split(" ")));
        tokens.removeIf(String::isEmpty);
        if (tokens.isEmpty()) {
            throw fail("a date is required but the text is empty");
        }
        stripMarker(tokens);
        DatePrecision open = null;
        if (DateWords.BEFORE.contains(tokens.get(0)) || DateWords.AFTER.contains(tokens.get(0))) {
            open = DateWords.BEFORE.contains(tokens.remove(0)) ? DatePrecision.BEFORE : DatePrecision.AFTER;
            if (!tokens.isEmpty() && tokens.get(0).equals("از")) {
                tokens.remove(0);
            }
        }
        if (tokens.isEmpty()) {
            throw fail("'" + input.strip() + "' has no date in it; " + EXAMPLES);
        }
        String rest = String.join(" ", tokens);
        if (open != null) {
            Unit anchor = unit(rest);
            return open == DatePrecision.BEFORE
                    ? new PartialDate(input, anchor.calendar(), open, null, anchor.earliest().minusDays(1))
                    : new PartialDate(input, anchor.calendar(), open, anchor.latest().plusDays(1), null);
        }
        if (DAY_FIRST.matcher(rest).matches()) {
            throw fail("'" + rest + "' puts the day first, which is ambiguous; write the year first, as in 1988-07-29");
        }
        String separator = SLASHED_DATE.matcher(rest).matches() ? null : rangeSeparator(rest);
        if (separator == null) {
            Unit unit = unit(rest);
            return new PartialDate(input, unit.calendar(), unit.precision(), unit.earliest(), unit.latest());
        }
        String[] ends = rest.split(Pattern.quote(separator), -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw fail("a range needs exactly two ends, such as 1988-07/1988-09 (use 'before' or 'after' for open ends)");
        }
        String from = ends[0].strip().replaceFirst("^(from|از) ", "");
        Unit start = unit(from);
        Unit end = unit(ends[1].strip());
        if (start.calendar() != end.calendar()) {
            throw fail("both ends of a range must be in the same calendar");
        }
        if (start.earliest().isAfter(end.latest())) {
            throw fail("the range ends (" + ends[1].strip() + ") before it starts (" + from + ")");
        }
        return new PartialDate(input, start.calendar(), DatePrecision.RANGE, start.earliest(), end.latest());
    }

    private static String clean(String text) {
        return DateWords.key(text).replaceAll("[,،'’]", " ").replaceAll(" {2,}", " ").strip();
    }

    private void stripMarker(List<String> tokens) {
        int n = tokens.size();
        if (n >= 2 && DateWords.SOLAR_HIJRI_MARKERS.contains(undotted(tokens.get(n - 2) + tokens.get(n - 1)))) {
            marker = DateCalendar.SOLAR_HIJRI;
            tokens.subList(n - 2, n).clear();
        } else if (DateWords.SOLAR_HIJRI_MARKERS.contains(undotted(tokens.get(n - 1)))) {
            marker = DateCalendar.SOLAR_HIJRI;
            tokens.remove(n - 1);
        } else if (DateWords.GREGORIAN_MARKERS.contains(undotted(tokens.get(n - 1)))) {
            marker = DateCalendar.GREGORIAN;
            tokens.remove(n - 1);
        }
    }

    private static String undotted(String token) {
        return token.replace(".", "");
    }

    private static @Nullable String rangeSeparator(String text) {
        for (String separator : RANGE_SEPARATORS) {
            if (text.contains(separator)) {
                return separator;
            }
        }
        return null;
    }

    private Unit unit(String text) {
        if (DAY_FIRST.matcher(text).matches()) {
            throw fail("'" + text + "' puts the day first, which is ambiguous; write the year first, as in 1988-07-29");
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            int year = year(numeric.group(1));
            DateCalendar calendar = calendar(year, null);
            if (numeric.group(2) == null) {
                return yearUnit(calendar, year);
            }
            int month = number(numeric.group(2), "month");
            return numeric.group(3) == null ? monthUnit(calendar, year, month)
                    : dayUnit(calendar, year, month, number(numeric.group(3), "day"));
        }
        List<String> words = new ArrayList<>();
        for (String token : text.split(" ")) {
            if (!DateWords.FILLER.contains(token)) {
                Matcher ordinal = ORDINAL.matcher(token);
                words.add(ordinal.matches() ? ordinal.group(1) : token);
            }
        }
        if (words.size() == 2 && DateWords.season(words.get(0)) >= 0 && isNumber(words.get(1))) {
            int year = year(words.get(1));
            return seasonUnit(calendar(year, null), year, DateWords.season(words.get(0)));
        }
        if (words.size() == 1 && isNumber(words.get(0))) {
            int year = year(words.get(0));
            return yearUnit(calendar(year, null), year);
        }
        int monthAt = words.size() >= 2 ? (DateWords.month(words.get(0)) != null ? 0 : 1) : -1;
        DateWords.MonthWord month = monthAt < 0 ? null : DateWords.month(words.get(monthAt));
        boolean othersAreNumbers = true;
        for (int i = 0; i < words.size(); i++) {
            othersAreNumbers &= i == monthAt || isNumber(words.get(i));
        }
        if (month == null || !othersAreNumbers) {
            throw fail("'" + text + "' is not a date this system can read; " + EXAMPLES);
        }
        int year = year(words.get(words.size() - 1));
        DateCalendar calendar = calendar(year, month);
        return switch (words.size()) {
            case 2 -> monthAt == 0 ? monthUnit(calendar, year, month.month()) : throwUnreadable(text);
            case 3 -> dayUnit(calendar, year, month.month(), number(words.get(monthAt == 0 ? 1 : 0), "day"));
            default -> throwUnreadable(text);
        };
    }

    private Unit throwUnreadable(String text) {
        throw fail("'" + text + "' is not a date this system can read; " + EXAMPLES);
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private int year(String digits) {
        if (!isNumber(digits)) {
            throw fail("'" + digits + "' is not a year");
        }
        if (digits.length() <= 2) {
            throw fail("the year " + digits + " is ambiguous; write it in full, for example 1367 or 1988");
        }
        if (digits.length() > 4 || Integer.parseInt(digits) == 0) {
            throw fail("the year " + digits + " is out of range");
        }
        return Integer.parseInt(digits);
    }

    private int number(String digits, String what) {
        if (digits.length() > 2) {
            throw fail("'" + digits + "' is not a " + what + " number");
        }
        return Integer.parseInt(digits);
    }

    private DateCalendar calendar(int year, DateWords.@Nullable MonthWord month) {
        DateCalendar byYear = year < 1500 ? DateCalendar.SOLAR_HIJRI : DateCalendar.GREGORIAN;
        if (month == null) {
            return marker != null ? marker : byYear;
        }
        String monthCalendar = month.calendar() == DateCalendar.GREGORIAN ? "a Gregorian" : "a Solar Hijri";
        if (marker != null && marker != month.calendar()) {
            throw fail(month.display() + " is " + monthCalendar + " month, but the date is marked as "
                    + (marker == DateCalendar.GREGORIAN ? "Gregorian" : "Solar Hijri"));
        }
        if (marker == null && byYear != month.calendar()) {
            throw fail(month.display() + " is " + monthCalendar + " month, but " + year + " looks like a "
                    + (byYear == DateCalendar.GREGORIAN ? "Gregorian year" : "Solar Hijri year (years below 1500 are read as Solar Hijri)")
                    + "; add " + (month.calendar() == DateCalendar.GREGORIAN ? "CE" : "SH") + " after the year if that is really meant");
        }
        return month.calendar();
    }

    private Unit yearUnit(DateCalendar calendar, int year) {
        return unit(calendar, DatePrecision.YEAR, CalendarSpans.year(calendar, year));
    }

    private Unit monthUnit(DateCalendar calendar, int year, int month) {
        checkMonth(month);
        return unit(calendar, DatePrecision.MONTH, CalendarSpans.month(calendar, year, month));
    }

    private Unit seasonUnit(DateCalendar calendar, int year, int season) {
        return unit(calendar, DatePrecision.SEASON, CalendarSpans.season(calendar, year, season));
    }

    private static Unit unit(DateCalendar calendar, DatePrecision precision, LocalDate[] bounds) {
        return new Unit(calendar, precision, bounds[0], bounds[1]);
    }

    private Unit dayUnit(DateCalendar calendar, int year, int month, int day) {
        checkMonth(month);
        if (day < 1) {
            throw fail("day " + day + " does not exist: days are numbered from 1");
        }
        if (calendar == DateCalendar.GREGORIAN) {
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day > yearMonth.lengthOfMonth()) {
                String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                throw fail(month == 2 && day == 29
                        ? year + " is not a leap year in the Gregorian calendar: February has 28 days"
                        : name + " " + year + " has " + yearMonth.lengthOfMonth() + " days, so day " + day + " does not exist");
            }
            LocalDate date = LocalDate.of(year, month, day);
            return new Unit(calendar, DatePrecision.DAY, date, date);
        }
        int length = SolarHijri.monthLength(year, month);
        if (day > length) {
            String name = SolarHijri.MONTH_NAMES[month - 1];
            throw fail(month == 12 && day == 30
                    ? year + " is not a leap year in the Solar Hijri calendar: Esfand has 29 days"
                    : name + " has " + length + " days in the Solar Hijri calendar, so day " + day + " does not exist");
        }
        LocalDate date = SolarHijri.toGregorian(year, month, day);
        return new Unit(calendar, DatePrecision.DAY, date, date);
    }

    private void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw fail("month " + month + " does not exist: months are numbered 1 to 12");
        }
    }

    private InvalidPartialDateException fail(String reason) {
        return new InvalidPartialDateException(input, reason);
    }
}
