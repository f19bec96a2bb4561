package org.dadkhah.records;

import java.time.LocalDate;
import java.util.List;
import org.dadkhah.security.Visibility.Condition;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A list filter on a date range, given as partial dates in either calendar ({@code ?from=1367&to=Mordad 1367},
 * {@code ?from=1988-07}): {@code from} keeps the records whose date (or span, from {@code start} to {@code end}) may
 * reach the first day {@code from} stands for, {@code to} those whose date may begin by the last day {@code to} stands
 * for. A record without that date is left out; an open side of a date ({@code before 1988}) counts as open. Owning
 * modules declare one bean per list and side, e.g. {@code DateRangeFilter.from("acts", "date", "date")}.
 *
 * @param path the record type path ({@code acts})
 * @param parameter {@code from} or {@code to}
 * @param start the column prefix of the record's (start) date
 * @param end the column prefix of the record's end date (the same as {@code start} for a single date)
 */
public record DateRangeFilter(String path, String parameter, String start, String end) implements ListFilter {

    /** Keeps the records whose date may reach {@code ?from=}. */
    public static DateRangeFilter from(String path, String start, String end) {
        return new DateRangeFilter(path, "from", start, end);
    }

    /** Keeps the records whose date may begin by {@code ?to=}. */
    public static DateRangeFilter to(String path, String start, String end) {
        return new DateRangeFilter(path, "to", start, end);
    }

    @Override
    public Condition condition(String value) {
        PartialDate date;
        try {
            date = PartialDate.parse(value);
        } catch (InvalidPartialDateException e) {
            throw InvalidRecordException.of(parameter, e.getMessage());
        }
        boolean from = parameter.equals("from");
        LocalDate day = from ? firstNonNull(date.earliest(), date.latest()) : firstNonNull(date.latest(), date.earliest());
        if (!from) {
            return new Condition("(t." + start + "_text is not null and (t." + start + "_earliest is null or t." + start
                    + "_earliest <= ?))", List.of(day));
        }
        if (start.equals(end)) {
            return new Condition("(t." + start + "_text is not null and (t." + start + "_latest is null or t." + start
                    + "_latest >= ?))", List.of(day));
        }
        return new Condition("((t." + end + "_text is not null and (t." + end + "_latest is null or t." + end
                + "_latest >= ?)) or (t." + end + "_text is null and t." + start + "_text is not null and (t." + start
                + "_latest is null or t." + start + "_latest >= ?)))", List.of(day, day));
    }

    private static LocalDate firstNonNull(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a != null ? a : java.util.Objects.requireNonNull(b, "a partial date has at least one bound");
    }
}
