package org.dadkhah.person;

/** A person's sex as recorded. */
public enum Sex { MALE, FEMALE, OTHER, UNKNOWN }
