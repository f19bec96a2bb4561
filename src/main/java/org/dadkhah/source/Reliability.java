package org.dadkhah.source;

/** How reliable a source is (rated apart from the credibility of each piece of information). */
public enum Reliability { COMPLETELY_RELIABLE, USUALLY_RELIABLE, FAIRLY_RELIABLE, NOT_USUALLY_RELIABLE, UNRELIABLE, UNKNOWN }
