package org.dadkhah.shared;

/** The writing system a piece of text is (predominantly) written in. */
public enum Script {
    /** Arabic script, which we treat as Persian. */
    PERSIAN,
    /** Latin script (transliterations, English). */
    LATIN,
    /** Anything else, or no letters at all. */
    OTHER
}
