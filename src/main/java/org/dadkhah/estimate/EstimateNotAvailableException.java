package org.dadkhah.estimate;

/** Thrown when the data do not admit a finite estimate (for example two lists that never overlap). */
public class EstimateNotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a one-line explanation of why no estimate exists
     */
    public EstimateNotAvailableException(String message) {
        super(message);
    }
}
