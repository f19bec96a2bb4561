package org.dadkhah.records;

/** The caller is authenticated but may not do this. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
