package org.dadkhah.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/** Rows of one table in PostgreSQL's COPY text format, and the {@code COPY ... FROM STDIN} that loads them. */
final class CopyText {

    private final String table;
    private final String sql;
    private StringBuilder text = new StringBuilder(1 << 20);
    private byte @Nullable [] bytes;
    private boolean lineStart = true;
    private long rows;

    CopyText(String table, String columns) {
        this.table = table;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
    }

    /** Appends one column value ({@code null} is written as {@code \N}). */
    CopyText add(@Nullable Object value) {
        if (bytes != null) {
            throw new IllegalStateException("Rows of " + table + " were already encoded");
        }
        if (!lineStart) {
            text.append('\t');
        }
        lineStart = false;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    void endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    /**
     * Encodes the rows (no more can be added): done by the thread that rendered them, so that the writer's thread
     * only streams bytes to PostgreSQL and the database does not wait for the encoding.
     */
    byte[] seal() {
        byte[] encoded = bytes;
        if (encoded == null) {
            encoded = text.toString().getBytes(StandardCharsets.UTF_8);
            bytes = encoded;
            text = new StringBuilder(0);
        }
        return encoded;
    }

    /** Loads the rows through {@code connection}; returns how many PostgreSQL stored. */
    long copyInto(PGConnection connection) throws SQLException, IOException {
        return connection.getCopyAPI().copyIn(sql, new ByteArrayInputStream(seal()));
    }
}
