package org.dadkhah.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows {@link BulkImport} takes: the same values the API takes for persons and acts, as text, so that they are
 * checked exactly as the API checks them.
 */
public final class BulkRows {

    private BulkRows() {
    }

    /** One of a person's names ({@code script} and {@code kind} are enum names, as in the API). */
    public record Name(String text, String script, String kind) {
    }

    /**
     * A person: at least one name; {@code sex} and {@code confidentiality} are enum names, absent for the defaults.
     */
    public record Person(List<Name> names, @Nullable String fatherName, @Nullable String sex,
            @Nullable String confidentiality) {
    }

    /**
     * An act against a person: {@code type} is an {@code ACT_TYPE} term, {@code victim} a person's id, {@code date}
     * a partial date as text ({@code 1367-05-07}, {@code summer 1988}).
     */
    public record Act(String type, String victim, @Nullable String date, @Nullable String confidentiality) {
    }
}
