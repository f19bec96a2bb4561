package org.dadkhah.records;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Rows of the record tables as maps keyed by their (lower-case, as PostgreSQL labels unquoted names) column names, in
 * column order: as {@code listOfRows()} gives them, without its case-insensitive map, which lower-cases the key on
 * every read (a page of 200 acts reads some 10,000 values), and with the column names read once per query rather than
 * once per row. Values are the driver's own ({@code getObject}): PostgreSQL has none of the vendor types Spring's
 * {@code ColumnMapRowMapper} converts. Dates come as {@link LocalDate}, as the representation has them: the driver's
 * {@code java.sql.Date} goes through a time zone calendar for each value (a twentieth of a person page's work).
 */
final class Rows {

    private Rows() {
    }

    /** A mapper for one query (it keeps that query's column names). */
    static RowMapper<Map<String, Object>> mapper() {
        return new RowMapper<>() {
            private String[] columns = new String[0];
            private boolean[] dates = new boolean[0];

            @Override
            public Map<String, Object> mapRow(ResultSet rs, int rowNum) throws SQLException {
                if (rowNum == 0 || columns.length == 0) {
                    ResultSetMetaData meta = rs.getMetaData();
                    columns = new String[meta.getColumnCount()];
                    dates = new boolean[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = JdbcUtils.lookupColumnName(meta, i + 1);
                        dates[i] = meta.getColumnType(i + 1) == Types.DATE;
                    }
                }
                Map<String, Object> row = new LinkedHashMap<>(columns.length * 2);
                for (int i = 0; i < columns.length; i++) {
                    row.putIfAbsent(columns[i], dates[i] ? rs.getObject(i + 1, LocalDate.class) : rs.getObject(i + 1));
                }
                return row;
            }
        };
    }
}
