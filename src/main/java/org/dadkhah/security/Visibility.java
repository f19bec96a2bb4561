package org.dadkhah.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dadkhah.shared.Confidentiality;

/**
 * The one place that decides which records a caller may see. Every read path (API, related views, command line,
 * and later pages, search and exports) builds its SQL with {@link #readable} or {@link #countable}, or, to count
 * what a caller reads, with the two disjoint parts of {@link #readableParts}.
 */
public final class Visibility {

    private Visibility() {
    }

    /** A SQL condition with its positional parameters. */
    public record Condition(String sql, List<Object> params) {
    }

    /** Records the caller may read: at or below their ceiling, or shared with them or one of their groups. */
    public static Condition readable(Caller caller, String alias) {
        return condition(caller, alias, caller.role().readCeiling());
    }

    /** Records the caller may count (analysts count above what they may read). */
    public static Condition countable(Caller caller, String alias) {
        return condition(caller, alias, caller.role().countCeiling());
    }

    /** Records shared with the caller or one of their groups (whatever their level). */
    public static Condition shared(Caller caller, String alias) {
        return new Condition("exists (select 1 from record_share rs where rs.record_id = " + alias
                + ".id and rs.grantee = any(string_to_array(?, chr(31))))", List.of(grantees(caller)));
    }

    /** Records shared with the caller (or one of their groups) with the right to edit their fields. */
    public static Condition sharedForEditing(Caller caller, String alias) {
        return new Condition("exists (select 1 from record_share rs where rs.record_id = " + alias
                + ".id and rs.may_edit and rs.grantee = any(string_to_array(?, chr(31))))", List.of(grantees(caller)));
    }

    /**
     * Whether a caller may see sealed fields (identities and contacts of witnesses) of a record they may read:
     * editors and admins, and whoever created the record.
     */
    public static boolean maySeeSealed(Caller caller, @org.jspecify.annotations.Nullable String createdBy) {
        return caller.role().readCeiling().compareTo(Confidentiality.RESTRICTED) >= 0
                || caller.username().equals(createdBy);
    }

    /**
     * The read condition in two disjoint parts whose union is {@link #readable}: the records at the levels the caller
     * reads, and the records above them shared with the caller or one of their groups. Counting each part by itself
     * lets PostgreSQL scan the first in parallel and find the second from the shares' index (as one condition, the
     * share's subplan keeps it to one process).
     */
    public static Parts readableParts(Caller caller, String alias) {
        Condition levels = atLevels(alias, caller.role().readCeiling());
        Condition shared = shared(caller, alias);
        return new Parts(levels, new Condition("(not " + levels.sql() + " and " + shared.sql() + ")", shared.params()));
    }

    /** Two disjoint conditions whose union is one read condition (see {@link #readableParts}). */
    public record Parts(Condition atLevels, Condition sharedBeyond) {
    }

    private static Condition condition(Caller caller, String alias, Confidentiality ceiling) {
        Condition shared = shared(caller, alias);
        return new Condition("(" + atLevels(alias, ceiling).sql() + " or " + shared.sql() + ")", shared.params());
    }

    /**
     * Records at or below {@code ceiling}. The levels are written into the statement (they are the names of
     * {@link Confidentiality}'s constants, never input), so PostgreSQL plans with them as it would with a custom plan:
     * as a parameter, the driver's generic plans split the string again for every row they read.
     */
    private static Condition atLevels(String alias, Confidentiality ceiling) {
        String levels = Arrays.stream(Confidentiality.values()).filter(l -> l.atMost(ceiling))
                .map(l -> "'" + l.name() + "'").collect(java.util.stream.Collectors.joining(","));
        return new Condition(alias + ".confidentiality in (" + levels + ")", List.of());
    }

    private static String grantees(Caller caller) {
        List<String> grantees = new ArrayList<>();
        grantees.add("user:" + caller.username());
        caller.groups().forEach(g -> grantees.add("group:" + g));
        return String.join("\u001f", grantees);
    }
}
