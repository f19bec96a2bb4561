package org.dadkhah.source;

/** How much confidence a claim deserves, as judged by whoever recorded it. */
public enum Confidence { LOW, MEDIUM, HIGH }
