package org.dadkhah.records;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Rows of the record tables as maps keyed by their (lower-case, as PostgreSQL labels unquoted names) column names, in
 * column order: as {@code listOfRows()} gives them, without its case-insensitive map, which lower-cases the key on
 * every read (a page of 200 acts reads some 10,000 values), and with the column names read once per query rather than
 * once per row. Values are the driver's own ({@code getObject}): PostgreSQL has none of the vendor types Spring's
 * {@code ColumnMapRowMapper} converts.
 */
final class Rows {

    private Rows() {
    }

    /** A mapper for one query (it keeps that query's column names). */
    static RowMapper<Map<String, Object>> mapper() {
        return new RowMapper<>() {
            private String[] columns = new String[0];

            @Override
            public Map<String, Object> mapRow(ResultSet rs, int rowNum) throws SQLException {
                if (rowNum == 0 || columns.length == 0) {
                    ResultSetMetaData meta = rs.getMetaData();
                    columns = new String[meta.getColumnCount()];
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = JdbcUtils.lookupColumnName(meta, i + 1);
                    }
                }
                Map<String, Object> row = new LinkedHashMap<>(columns.length * 2);
                for (int i = 0; i < columns.length; i++) {
                    row.putIfAbsent(columns[i], rs.getObject(i + 1));
                }
                return row;
            }
        };
    }
}
