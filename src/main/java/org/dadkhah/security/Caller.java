package org.dadkhah.security;

import java.security.Principal;
import java.util.Set;
import org.dadkhah.shared.Confidentiality;

/**
 * Who is calling: an account with its role, the groups it belongs to, and whether its credentials allow writing
 * (a read-scoped API token does not).
 */
public record Caller(String username, Role role, Set<String> groups, boolean writeScope) implements Principal {

    /**
     * The system itself deriving data that no person sees as such (the search index, whose hits are read again with
     * the asking caller's rights): full read access, no writes, and its reads are not audited. Its name cannot be
     * an account's.
     */
    public static final Caller SYSTEM = new Caller("(system)", Role.ADMIN, Set.of(), false);

    /** Whether this is {@link #SYSTEM}. */
    public boolean isSystem() {
        return SYSTEM.equals(this);
    }

    /** The command line run by the operator on the server's machine: full access. */
    public static final Caller OPERATOR = new Caller("operator", Role.ADMIN, Set.of(), true);

    /** The account name (what Spring Security reports as the principal's name). */
    @Override
    public String getName() {
        return username;
    }

    /** The most confidential level this caller may read. */
    public Confidentiality readCeiling() {
        return role.readCeiling();
    }

    /** Whether this caller may change records. */
    public boolean mayWrite() {
        return writeScope && role.writes();
    }

    /** Whether this caller may read a record at {@code level} (not counting per-record sharing). */
    public boolean mayRead(Confidentiality level) {
        return level.atMost(readCeiling());
    }

    /** Whether this is an administrator. */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
