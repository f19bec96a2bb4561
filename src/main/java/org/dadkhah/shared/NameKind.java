package org.dadkhah.shared;

/** What kind of name a recorded name is. */
public enum NameKind {
    /** The name given at birth or registered officially. */
    BIRTH_NAME,
    /** Another name the person is or was known by. */
    ALIAS,
    /** A name used in political, militant or clandestine activity. */
    NOM_DE_GUERRE,
    /** A spelling of another name in a different script, e.g. a Latin rendering of a Persian name. */
    TRANSLITERATION
}
