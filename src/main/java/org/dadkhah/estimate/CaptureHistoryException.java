package org.dadkhah.estimate;

/** Thrown when a capture-history table is malformed; the message is one line meant for the user. */
public class CaptureHistoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a one-line explanation of what is wrong with the table
     */
    public CaptureHistoryException(String message) {
        super(message);
    }
}
