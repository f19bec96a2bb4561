package org.dadkhah.shared.database;

import org.jspecify.annotations.Nullable;

/** Holds the embedded server, if any, so that it stops after the data source has closed. */
final class EmbeddedDatabaseHolder implements AutoCloseable {

    private final @Nullable EmbeddedDatabase database;
    private final boolean stopOnClose;

    EmbeddedDatabaseHolder(@Nullable EmbeddedDatabase database) {
        this(database, true);
    }

    EmbeddedDatabaseHolder(@Nullable EmbeddedDatabase database, boolean stopOnClose) {
        this.database = database;
        this.stopOnClose = stopOnClose;
        if (database != null && !stopOnClose) {
            database.acquire();
        }
    }

    EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("No embedded database: an external one is configured");
        }
        return database;
    }

    @Override
    public void close() {
        if (database == null) {
            return;
        }
        if (stopOnClose) {
            database.close();
        } else {
            database.release();
        }
    }
}
