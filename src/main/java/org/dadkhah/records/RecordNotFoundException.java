package org.dadkhah.records;

/** No record with that id exists that the caller may see (the two are not told apart). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String type, Object id) {
        super("No " + type + " with id " + id);
    }
}
