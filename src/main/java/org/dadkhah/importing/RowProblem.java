package org.dadkhah.importing;

/** A problem with one field of the row being read; becomes a {@link BulkImportException} naming the row. */
final class RowProblem extends RuntimeException {

    final String field;

    RowProblem(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }
}
