package org.dadkhah.shared;

/** How confidential a record is, from least to most. Every record carries one. */
public enum Confidentiality {
    PUBLIC, INTERNAL, RESTRICTED, SECRET;

    /** Whether a record at this level is at most {@code ceiling}. */
    public boolean atMost(Confidentiality ceiling) {
        return compareTo(ceiling) <= 0;
    }
}
