package org.dadkhah.importing;

/** A bulk import refused a batch because one of its rows is invalid; nothing of that batch was written. */
public class BulkImportException extends RuntimeException {

    private final long row;
    private final String field;

    BulkImportException(String what, long row, String field, String problem, long batchFirst) {
        super("Row " + row + " of the " + what + " is invalid: " + (field.isEmpty() ? "" : field + ": ") + problem
                + "; its batch was refused: nothing from row " + batchFirst + " on was written");
        this.row = row;
        this.field = field;
    }

    /** The number of the invalid row, counting from 1 in the order the rows were given. */
    public long row() {
        return row;
    }

    /** The field of that row (in the API's terms, e.g. {@code names[0].script}), or empty. */
    public String field() {
        return field;
    }
}
