package org.dadkhah.linkage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparator a field is compared with; {@link #configName()} is how a config file names it. */
public enum FieldType {
    /** A given name, in Persian or Latin script. */
    GIVEN_NAME,
    /** A surname, in Persian or Latin script. */
    SURNAME,
    /** A whole name whose parts may come in any order. */
    FULL_NAME,
    /** The father's name (compared as a given name). */
    FATHER_NAME,
    /** A partial date in the Gregorian or Solar Hijri calendar. */
    DATE,
    /** A place name, optionally with its enclosing places after commas ({@code Evin, Tehran}). */
    PLACE,
    /** Free text, compared by shared words. */
    TEXT,
    /** An identifier that should agree exactly. */
    EXACT;

    /** The lower-case name used in config files ({@code given_name}). */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a config file names, or an exception listing the accepted names. */
    public static FieldType fromConfig(String name) {
        for (FieldType type : values()) {
            if (type.configName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown comparator '" + name + "' (use one of "
                + Arrays.stream(values()).map(FieldType::configName).collect(Collectors.joining(", ")) + ")");
    }

    /** Whether the field holds a person's name. */
    public boolean isName() {
        return this == GIVEN_NAME || this == SURNAME || this == FULL_NAME || this == FATHER_NAME;
    }

    FieldComparator comparator() {
        return switch (this) {
            case GIVEN_NAME, SURNAME, FATHER_NAME -> new NameComparator(false);
            case FULL_NAME -> new NameComparator(true);
            case DATE -> new DateComparator();
            case PLACE -> new PlaceComparator();
            case TEXT -> new TextComparator();
            case EXACT -> new ExactComparator();
        };
    }
}
