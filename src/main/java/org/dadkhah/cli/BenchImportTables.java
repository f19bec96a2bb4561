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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The yardsticks of {@code bench-import} made of the rows the import wrote: dumped to COPY text (not timed), then
 * loaded with one raw {@code COPY ... FROM STDIN} per table into scratch tables made {@code like} the real ones,
 * either with all their indexes, checks and references ({@link #copyAll}), or, for the breakdown, bare (columns and
 * defaults only) and bare plus one index or one reference at a time ({@link #breakdown}).
 */
final class BenchImportTables {

    /** The tables and columns the list import writes, in the order it writes them. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();
    /** The references of those tables, as in the schema (a scratch table refers to the real referenced table). */
    static final Map<String, List<String>> REFERENCES = new LinkedHashMap<>();

    static {
        TABLES.put("person", "id, confidentiality, father_name, sex, status, birth_date_text, birth_date_calendar, "
                + "birth_date_precision, birth_date_earliest, birth_date_latest, created_by, updated_by");
        TABLES.put("person_name", "id, parent_id, position, text, script, kind, match_key, skeleton");
        TABLES.put("act", "id, confidentiality, type, victim_id, place_id, date_text, date_calendar, date_precision, "
                + "date_earliest, date_latest, created_by, updated_by");
        TABLES.put("citation", "id, confidentiality, source_id, record_type, record_id, locator, created_by, updated_by");
        REFERENCES.put("person", List.of("(birthplace_id) references place (id)"));
        REFERENCES.put("person_name", List.of("(parent_id) references person (id)"));
        REFERENCES.put("act", List.of("(victim_id) references person (id)", "(place_id) references place (id)",
                "(event_id) references event (id)"));
        REFERENCES.put("citation", List.of("(source_id) references source (id)"));
    }

    private final DataSource dataSource;
    private final Path dir;
    private long bareNanos;

    BenchImportTables(DataSource dataSource, Path dir) {
        this.dataSource = dataSource;
        this.dir = dir;
    }

    /** Dumps the rows the import wrote to one COPY file per table (not timed). */
    void dump() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (var t : TABLES.entrySet()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file(t.getKey())))) {
                    pg.getCopyAPI().copyOut("copy (select " + t.getValue() + " from " + t.getKey() + ") to stdout", out);
                }
            }
        }
    }

    /** Times a COPY of every table into a scratch table with all the real one's indexes, checks and references. */
    Map<String, Long> copyAll() throws SQLException, IOException {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            List<String> setup = new ArrayList<>(List.of("create table " + scratch(table) + " (like " + table
                    + " including all)"));
            REFERENCES.get(table).forEach(r -> setup.add("alter table " + scratch(table) + " add foreign key " + r));
            nanos.put(table, timedCopy(table, setup));
        }
        return nanos;
    }

    /**
     * Per table: the COPY into a bare table, and what each index and each reference adds to it (loaded alone onto
     * the bare table). Returns the lines to print.
     */
    List<String> breakdown() throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            String bare = "create table " + scratch(table) + " (like " + table + " including defaults)";
            long bareNanos = timedCopy(table, List.of(bare));
            this.bareNanos += bareNanos;
            long sum = bareNanos;
            StringBuilder line = new StringBuilder(String.format("    %-11s bare %5.1f s", table, bareNanos / 1e9));
            for (String index : indexes(table)) {
                String name = index.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2");
                String create = index.replaceFirst("(?i) index \\S+ on (public\\.)?" + table + " ", " index on "
                        + scratch(table) + " ");
                long extra = timedCopy(table, List.of(bare, create)) - bareNanos;
                sum += extra;
                line.append(String.format("; +%s %.1f s", name, extra / 1e9));
            }
            for (String reference : REFERENCES.get(table)) {
                long extra = timedCopy(table, List.of(bare, "alter table " + scratch(table) + " add foreign key "
                        + reference)) - bareNanos;
                sum += extra;
                line.append(String.format("; +FK%s %.1f s", reference.substring(0, reference.indexOf(')') + 1),
                        extra / 1e9));
            }
            lines.add(line.append(String.format(" (sum %.1f s)", sum / 1e9)).toString());
        }
        return lines;
    }

    /** What the COPY of every table into bare tables took, after {@link #breakdown}. */
    long bareNanos() {
        return bareNanos;
    }

    /** Removes the dumped files. */
    void clean() throws IOException {
        for (String table : TABLES.keySet()) {
            Files.deleteIfExists(file(table));
        }
    }

    private List<String> indexes(String table) {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select indexdef from pg_indexes where schemaname = 'public' and tablename = ? order by indexname")
                .param(table).query(String.class).list();
    }

    /** Creates the scratch table with {@code setup}, checkpoints, times the COPY of the table's rows, drops it. */
    private long timedCopy(String table, List<String> setup) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "drop table if exists " + scratch(table));
            for (String sql : setup) {
                execute(connection, sql);
            }
            execute(connection, "checkpoint");
            long start = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file(table)), 1 << 20)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + scratch(table) + " ("
                        + TABLES.get(table) + ") from stdin", in);
            }
            long nanos = System.nanoTime() - start;
            execute(connection, "drop table " + scratch(table));
            return nanos;
        }
    }

    private static String scratch(String table) {
        return "bench_copy_" + table;
    }

    private Path file(String table) {
        return dir.resolve(table + ".copy");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
