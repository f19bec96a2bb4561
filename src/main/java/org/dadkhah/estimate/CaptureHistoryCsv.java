package org.dadkhah.estimate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads capture-history tables from CSV: one 0/1 column per list, an optional {@code count} column (without
 * it every row is one person) and, optionally, a stratum column.
 */
public final class CaptureHistoryCsv {

    /** Name of the column holding the number of people with a row's pattern. */
    public static final String COUNT_COLUMN = "count";

    private CaptureHistoryCsv() {
    }

    /**
     * Reads an unstratified table.
     *
     * @param path the CSV file
     * @return the validated table
     * @throws CaptureHistoryException if the table is malformed
     */
    public static CaptureHistory read(Path path) {
        return readStrata(path, null).pooled();
    }

    /**
     * Reads a table, split by the values of a stratum column when one is named.
     *
     * @param path the CSV file
     * @param strataColumn the stratum column, or null for none
     * @return the strata (a single stratum named "all" when no column is given)
     */
    public static StratifiedTable readStrata(Path path, @Nullable String strataColumn) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return readStrata(reader, strataColumn);
        } catch (IOException e) {
            throw new CaptureHistoryException("cannot read " + path + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CaptureHistoryException("cannot parse " + path + ": " + e.getMessage());
        }
    }

    /**
     * Reads a table from CSV text.
     *
     * @param reader the CSV text with a header row
     * @param strataColumn the stratum column, or null for none
     * @return the strata (a single stratum named "all" when no column is given)
     * @throws IOException if the reader fails
     */
    public static StratifiedTable readStrata(Reader reader, @Nullable String strataColumn) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            String countColumn = null;
            List<String> lists = new ArrayList<>();
            for (String name : header) {
                if (name.toLowerCase(Locale.ROOT).equals(COUNT_COLUMN)) {
                    countColumn = name;
                } else if (!name.equals(strataColumn)) {
                    lists.add(name);
                }
            }
            if (strataColumn != null && !header.contains(strataColumn)) {
                throw new CaptureHistoryException("stratum column '" + strataColumn + "' is not in the header " + header);
            }
            CaptureHistory.validateListNames(lists);
            Map<String, long[]> cells = new LinkedHashMap<>();
            for (CSVRecord row : parser) {
                String where = "line " + (row.getRecordNumber() + 1);
                int mask = 0;
                for (int j = 0; j < lists.size(); j++) {
                    String value = cell(row, lists.get(j), where);
                    if (value.equals("1")) {
                        mask |= 1 << j;
                    } else if (!value.equals("0")) {
                        throw new CaptureHistoryException(where + ": column '" + lists.get(j) + "' holds '" + value
                                + "' but list columns must be 0 or 1");
                    }
                }
                long count = countColumn == null ? 1 : parseCount(cell(row, countColumn, where), where);
                String stratum = strataColumn == null ? "all" : cell(row, strataColumn, where);
                long[] counts = cells.computeIfAbsent(stratum, s -> new long[1 << lists.size()]);
                CaptureHistory.add(counts, mask, count, where);
            }
            Map<String, CaptureHistory> strata = new LinkedHashMap<>();
            cells.forEach((name, counts) -> strata.put(name, CaptureHistory.ofMasks(lists, counts)));
            if (strata.isEmpty()) {
                throw new CaptureHistoryException("the table has no data rows");
            }
            return new StratifiedTable(lists, strata);
        }
    }

    private static String cell(CSVRecord row, String column, String where) {
        if (!row.isSet(column)) {
            throw new CaptureHistoryException(where + " has no value for column '" + column + "'");
        }
        return row.get(column).trim();
    }

    private static long parseCount(String value, String where) {
        try {
            long count = Long.parseLong(value);
            if (count < 0) {
                throw new CaptureHistoryException(where + ": negative count " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new CaptureHistoryException(where + ": count '" + value + "' is not a whole number");
        }
    }
}
