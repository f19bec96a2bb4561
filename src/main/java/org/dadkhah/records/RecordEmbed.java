package org.dadkhah.records;

import java.util.UUID;
import org.dadkhah.security.Caller;

/**
 * Adds related data to the representation of another module's records (a person's posts, contributed by the
 * organisation module), so that the owning module need not depend on the contributor.
 */
public interface RecordEmbed {

    /** The record type path this embed applies to ({@code persons}). */
    String path();

    /** The JSON field name of the embedded data. */
    String json();

    /** The data for one record, already filtered for what {@code caller} may see. */
    Object load(UUID id, Caller caller);
}
