package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException.FieldProblem;

/** A rule over several fields of a record (e.g. a range's low end not above its high end). */
@FunctionalInterface
public interface RecordRule {

    /** Problems with the validated column values; empty when the record is fine. */
    List<FieldProblem> check(Map<String, Object> columns, Lookup lookup);

    /** Looks up other records while checking a rule. */
    interface Lookup {

        /** Whether a live record of the named type ({@code person} or {@code persons}) has this id. */
        boolean exists(String typeName, UUID id);

        /** Whether {@code typeName} names a record type. */
        boolean isType(String typeName);

        /** The singular name of the type spelled {@code typeName} (its path, {@code persons}, or its name). */
        java.util.Optional<String> canonicalName(String typeName);

        /** The singular names of all record types. */
        List<String> typeNames();
    }
}
