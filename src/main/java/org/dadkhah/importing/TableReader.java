package org.dadkhah.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a CSV or XLSX file (judged by its first bytes: XLSX is a ZIP) to a {@link Sink}: the header,
 * then each data row numbered from 1, never holding more than one row.
 */
final class TableReader {

    /** Receives a table's rows. */
    interface Sink {
        void header(List<String> names);

        /** A data row; {@code row} counts data rows from 1 after the header. */
        void row(long row, List<String> cells);

        /** The file cannot be read on from {@code row} (broken quoting, a damaged workbook). */
        void broken(long row, String message);
    }

    private TableReader() {
    }

    static boolean isXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /** Reads the file; returns how its text was decoded ("XLSX" for workbooks). */
    static String read(Path file, @Nullable String encoding, Sink sink) throws IOException {
        if (isXlsx(file)) {
            XlsxRows.read(file, sink);
            return "XLSX";
        }
        TableEncoding detected = TableEncoding.of(file, encoding);
        readCsv(file, detected, sink);
        return detected.charset().name() + " (" + detected.how() + ")";
    }

    private static void readCsv(Path file, TableEncoding encoding, Sink sink) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        try (Reader reader = new java.io.InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
                CSVParser parser = CSVParser.builder().setReader(new java.io.BufferedReader(reader, 1 << 16))
                        .setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long row = 0;
            try {
                if (!records.hasNext()) {
                    sink.broken(0, "The file is empty: no header row");
                    return;
                }
                sink.header(cells(records.next()));
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    sink.row(++row, cells(record));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                sink.broken(row + 1, "Broken quoting: " + message(e));
            }
        }
    }

    private static String message(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return cells;
    }
}
