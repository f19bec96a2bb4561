package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException.FieldProblem;

/** Turns list query parameters into SQL conditions; unknown parameters are refused. */
final class RecordFilters {

    private RecordFilters() {
    }

    static void append(RecordType type, Map<String, String> criteria, List<ListFilter> filters, StringBuilder sql,
            List<Object> params) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        criteria.forEach((name, value) -> {
            var custom = filters.stream().filter(f -> f.path().equals(type.path()) && f.parameter().equals(name))
                    .findFirst();
            if (custom.isPresent()) {
                var condition = custom.get().condition(value);
                sql.append(" and ").append(condition.sql());
                params.addAll(condition.params());
                return;
            }
            var field = type.field(name).filter(Field::filterable);
            if (field.isEmpty()) {
                problems.add(new FieldProblem(name, "Unknown filter"));
                return;
            }
            sql.append(" and t.").append(field.get().column()).append(" = ?");
            try {
                params.add(switch (field.get().kind()) {
                    case REF, UUID -> UUID.fromString(value);
                    case INTEGER -> Long.parseLong(value);
                    case BOOLEAN -> Boolean.parseBoolean(value);
                    default -> value;
                });
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(name, "Not a valid value for this filter"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }
}
