package org.dadkhah.person;

/** What is known of a person's fate. */
public enum PersonStatus { ALIVE, DECEASED, DISAPPEARED, UNKNOWN }
