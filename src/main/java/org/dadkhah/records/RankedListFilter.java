package org.dadkhah.records;

import java.util.List;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * A list filter answered by a ranking engine instead of SQL: the person list's {@code ?name=} by the search module,
 * so that a list filtered by name gives the best matches first, however the name is spelled. The module that owns
 * the parameter still declares a {@link ListFilter} for it: that one checks the value (one validation for both) and
 * answers where no engine runs (a command without the index). The engine only proposes ids; the read layer checks
 * every one of them with the same conditions as any list, so an engine can narrow what a caller sees, never widen it.
 */
public interface RankedListFilter {

    /** The record type path ({@code persons}). */
    String path();

    /** The query parameter ({@code name}). */
    String parameter();

    /**
     * Up to {@code limit} ids of live records of the type that match {@code value}, best first, among those the
     * caller may read (as far as the engine knows); or null when the engine cannot answer now (its index is held
     * by another process, say), and the module's {@link ListFilter} answers instead.
     */
    @Nullable List<UUID> rank(String value, Caller caller, int limit);
}
