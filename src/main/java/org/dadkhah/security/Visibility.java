package org.dadkhah.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dadkhah.shared.Confidentiality;

/**
 * The one place that decides which records a caller may see. Every read path (API, related views, command line,
 * and later pages, search and exports) builds its SQL with {@link #readable} or {@link #countable}.
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

    private static Condition condition(Caller caller, String alias, Confidentiality ceiling) {
        String[] levels = Arrays.stream(Confidentiality.values()).filter(l -> l.atMost(ceiling))
                .map(Enum::name).toArray(String[]::new);
        List<Object> params = new ArrayList<>();
        params.add(String.join(",", levels));
        StringBuilder sql = new StringBuilder("(").append(alias)
                .append(".confidentiality = any(string_to_array(?, ','))");
        sql.append(" or exists (select 1 from record_share rs where rs.record_id = ").append(alias)
                .append(".id and rs.grantee = any(string_to_array(?, chr(31)))))");
        params.add(grantees(caller));
        return new Condition(sql.toString(), List.copyOf(params));
    }

    private static String grantees(Caller caller) {
        List<String> grantees = new ArrayList<>();
        grantees.add("user:" + caller.username());
        caller.groups().forEach(g -> grantees.add("group:" + g));
        return String.join("\u001f", grantees);
    }
}
