package org.dadkhah.shared;

/**
 * Thrown when text cannot be read as a {@link PartialDate}. The message states the reason in plain
 * English, suitable for showing to the person who typed the date.
 */
public class InvalidPartialDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;

    /**
     * @param input the text as entered
     * @param reason why it was rejected, in plain English
     */
    public InvalidPartialDateException(String input, String reason) {
        super(reason);
        this.input = input;
    }

    /** @return the text that could not be read */
    public String input() {
        return input;
    }
}
