package org.dadkhah.records;

import java.util.List;

/** A request body broke the rules of its record type; nothing was written. */
public class InvalidRecordException extends RuntimeException {

    /** One field's problem; {@code field} is a JSON path such as {@code names[2].script}. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidRecordException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public static InvalidRecordException of(String field, String message) {
        return new InvalidRecordException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
