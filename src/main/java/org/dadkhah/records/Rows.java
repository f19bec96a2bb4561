package org.dadkhah.records;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows of the record tables as maps keyed by their (lower-case, as PostgreSQL labels unquoted names) column names, in
 * column order: as {@code listOfRows()} gives them, without its case-insensitive map, which lower-cases the key on
 * every read (a page of 200 acts reads some 10,000 values).
 */
final class Rows {

    static final RowMapper<Map<String, Object>> MAPPER = new ColumnMapRowMapper() {
        @Override
        protected Map<String, Object> createColumnMap(int columnCount) {
            return new LinkedHashMap<>(columnCount * 2);
        }
    };

    private Rows() {
    }
}
