package org.dadkhah.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The yardstick of {@code bench-load}: the rows the application wrote, rendered to COPY text, loaded with one raw
 * {@code COPY ... FROM STDIN} per table into scratch tables made {@code like} the real ones (same columns, defaults,
 * indexes and checks; no foreign keys), which are dropped afterwards.
 */
final class BenchCopy {

    /** The tables and the columns the bulk import writes, in the order it writes them. */
    static final Map<String, String> TABLES = new java.util.LinkedHashMap<>(Map.of(
            "person", "id, confidentiality, father_name, sex, status, created_by, updated_by"));

    static {
        TABLES.put("person_name", "id, parent_id, position, text, script, kind, match_key, skeleton");
        TABLES.put("act", "id, confidentiality, type, victim_id, date_text, date_calendar, date_precision, "
                + "date_earliest, date_latest, created_by, updated_by");
    }

    /** What the raw load took. */
    record Timing(long rows, long nanos) {
    }

    private BenchCopy() {
    }

    /**
     * Renders the rows to files in {@code dir} (not timed), then times loading them into the scratch tables; with
     * {@code foreignKeys} the scratch tables get the real tables' references to {@code person} too.
     */
    static Timing run(DataSource dataSource, Path dir, boolean foreignKeys) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                execute(connection, "drop table if exists bench_copy_" + table.getKey());
                execute(connection, "create table bench_copy_" + table.getKey() + " (like " + table.getKey()
                        + " including all)");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file(dir, table.getKey())))) {
                    pg.getCopyAPI().copyOut("copy (select " + table.getValue() + " from " + table.getKey()
                            + ") to stdout", out);
                }
            }
            if (foreignKeys) {
                execute(connection, "alter table bench_copy_person_name add foreign key (parent_id) references person (id)");
                execute(connection, "alter table bench_copy_act add foreign key (victim_id) references person (id)");
            }
            execute(connection, "checkpoint");
            long rows = 0;
            long start = System.nanoTime();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file(dir, table.getKey())), 1 << 20)) {
                    rows += pg.getCopyAPI().copyIn("copy bench_copy_" + table.getKey() + " (" + table.getValue()
                            + ") from stdin", in);
                }
            }
            long nanos = System.nanoTime() - start;
            for (String table : TABLES.keySet()) {
                execute(connection, "drop table bench_copy_" + table);
                Files.deleteIfExists(file(dir, table));
            }
            return new Timing(rows, nanos);
        }
    }

    private static Path file(Path dir, String table) {
        return dir.resolve("bench-copy-" + table + ".txt");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
