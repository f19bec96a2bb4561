package org.dadkhah.records;

/** The record changed since the version the caller read ({@code If-Match} did not match). */
public class VersionConflictException extends RuntimeException {

    private final long current;

    public VersionConflictException(long current) {
        super("The record has changed since you read it; its current version is " + current);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
