package org.dadkhah.source;

/** What a claim is about. */
public enum ClaimSubject {
    EVENT("event"), PLACE("place"), ORGANISATION("organisation"), PERSON("person");

    private final String typeName;

    ClaimSubject(String typeName) {
        this.typeName = typeName;
    }

    /** The record type name of the subject. */
    public String typeName() {
        return typeName;
    }
}
