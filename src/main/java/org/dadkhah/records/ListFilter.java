package org.dadkhah.records;

import org.dadkhah.security.Visibility.Condition;

/** A list filter beyond exact field matches (e.g. {@code ?name=} on persons), contributed by the owning module. */
public interface ListFilter {

    /** The record type path ({@code persons}). */
    String path();

    /** The query parameter ({@code name}). */
    String parameter();

    /** The SQL condition on the record table aliased {@code t}. */
    Condition condition(String value);
}
