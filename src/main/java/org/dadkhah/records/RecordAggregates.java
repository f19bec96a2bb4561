package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts at the caller's counting level (analysts count restricted records they may not read). Such counts never
 * answer a question about one person: they take no name, free-text, reference or identifier filter, and a count
 * that includes between 1 and 4 records the caller may not read (or is below 5 in all) is suppressed.
 */
@Service
@Transactional
public class RecordAggregates {

    /** The smallest number of records beyond the caller's reading rights that a count may show. */
    public static final int MINIMUM_CELL = 5;

    private static final Set<Field.Kind> AGGREGATE_KINDS = Set.of(Field.Kind.VOCAB, Field.Kind.ENUM, Field.Kind.BOOLEAN);

    /** A count, or {@code null} with {@code suppressed} when the cell is too small to show. */
    public record Aggregate(@Nullable Long count, boolean suppressed) {
    }

    private final RecordQueries queries;

    RecordAggregates(RecordQueries queries) {
        this.queries = queries;
    }

    /** The number of records matching {@code criteria} that the caller may count. */
    public Aggregate count(RecordType type, Map<String, String> criteria, Caller caller) {
        List<FieldProblem> problems = criteria.keySet().stream()
                .filter(name -> type.field(name).filter(f -> f.filterable() && AGGREGATE_KINDS.contains(f.kind())).isEmpty())
                .map(name -> new FieldProblem(name,
                        "Aggregate counts take only vocabulary, enumeration and yes/no filters"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        long readable = queries.count(type, criteria, caller);
        long countable = queries.countWhere(type, type.countable(caller, "t"), criteria);
        long hidden = countable - readable;
        if (hidden > 0 && (hidden < MINIMUM_CELL || countable < MINIMUM_CELL)) {
            return new Aggregate(null, true);
        }
        return new Aggregate(countable, false);
    }
}
