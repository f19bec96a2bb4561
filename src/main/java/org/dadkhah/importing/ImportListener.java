package org.dadkhah.importing;

import java.util.List;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Follows a list import as it runs ({@link ListImport#run(java.nio.file.Path, String, String, boolean, String,
 * org.dadkhah.security.Caller, ImportListener)}): the file's header, each data row as it is read (for progress), and
 * each row without errors as it will be stored (for a preview). Called on the importing thread.
 */
public interface ImportListener {

    /** Listens to nothing. */
    ImportListener NONE = new ImportListener() {
    };

    /** One act of a previewed row: its ACT_TYPE code, date, and place name (created by the import when new). */
    record PreviewAct(String type, @Nullable PartialDate date, @Nullable String place, boolean placeCreated) {
    }

    /** A row as it will be stored: the person's name (columns joined, letters unified), father's name, birth date, acts. */
    record PreviewRow(long row, String name, @Nullable String fatherName, @Nullable PartialDate birthDate,
            List<PreviewAct> acts) {
    }

    /** The file's column names, as read. */
    default void header(List<String> columns) {
    }

    /** Data row {@code row} (counting from 1) has been read. */
    default void row(long row) {
    }

    /** A row without errors, as it will be stored. */
    default void preview(PreviewRow row) {
    }

    /** How far storing has come, told on the import's writer thread, in this order, when the import stores. */
    enum Stage {
        /** Every row is loaded; the final step (source, file, custody, new places, audit entry) begins. */
        LOADED,
        /** The final step is done; the deferred references are being checked. */
        CREATED,
        /** The references are checked; the commit begins (then what listens to it: the search index's queue). */
        CHECKED
    }

    /** Storing has reached {@code stage} (called on the import's writer thread, not the importing one). */
    default void stage(Stage stage) {
    }
}
