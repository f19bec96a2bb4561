package org.dadkhah.shared;

/** The script a name is written in. */
public enum Script { PERSIAN, LATIN, OTHER }
