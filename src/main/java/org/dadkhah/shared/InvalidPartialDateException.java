package org.dadkhah.shared;

/** A date text that cannot be read; the message says why. */
public class InvalidPartialDateException extends IllegalArgumentException {

    public InvalidPartialDateException(String message) {
        super(message);
    }
}
