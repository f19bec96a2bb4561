package org.dadkhah.shared;

/** What kind of name a name is. */
public enum NameKind { BIRTH_NAME, ALIAS, NOM_DE_GUERRE, TRANSLITERATION }
