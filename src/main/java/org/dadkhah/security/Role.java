package org.dadkhah.security;

import org.dadkhah.shared.Confidentiality;

/**
 * What an account may do. Each role reads records up to a confidentiality ceiling; analysts may count records
 * above their ceiling without seeing who they are.
 */
public enum Role {
    VIEWER(Confidentiality.PUBLIC, Confidentiality.PUBLIC, false),
    RESEARCHER(Confidentiality.INTERNAL, Confidentiality.INTERNAL, true),
    ANALYST(Confidentiality.INTERNAL, Confidentiality.RESTRICTED, false),
    EDITOR(Confidentiality.RESTRICTED, Confidentiality.RESTRICTED, true),
    ADMIN(Confidentiality.SECRET, Confidentiality.SECRET, true);

    private final Confidentiality readCeiling;
    private final Confidentiality countCeiling;
    private final boolean writes;

    Role(Confidentiality readCeiling, Confidentiality countCeiling, boolean writes) {
        this.readCeiling = readCeiling;
        this.countCeiling = countCeiling;
        this.writes = writes;
    }

    /** The most confidential level this role may read. */
    public Confidentiality readCeiling() {
        return readCeiling;
    }

    /** The most confidential level this role may count (without reading). */
    public Confidentiality countCeiling() {
        return countCeiling;
    }

    /** Whether this role may create, change and delete records. */
    public boolean writes() {
        return writes;
    }
}
