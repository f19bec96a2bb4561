package org.dadkhah.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook with Apache POI's event API (SAX, one row in memory). Rows are
 * numbered by their place in the sheet after the header row, so that {@code row N} is the N-th row under the header
 * as the spreadsheet shows it; empty rows are skipped, and empty cells at the end of a row (which a workbook does
 * not store) are given back as empty values.
 */
final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final TableReader.Sink sink;
    private final List<String> cells = new ArrayList<>();
    private int headerRow = -1;
    private int width;

    private XlsxRows(TableReader.Sink sink) {
        this.sink = sink;
    }

    static void read(Path file, TableReader.Sink sink) throws IOException {
        XlsxRows rows = new XlsxRows(sink);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                sink.broken(0, "The workbook has no sheet");
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (rows.headerRow < 0) {
                sink.broken(0, "The sheet is empty: no header row");
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            sink.broken(0, "Not a readable XLSX workbook: " + e.getMessage());
        }
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
            return;
        }
        if (headerRow < 0) {
            headerRow = rowNum;
            width = cells.size();
            sink.header(List.copyOf(cells));
        } else {
            while (cells.size() < width) {
                cells.add("");
            }
            sink.row(rowNum - headerRow, List.copyOf(cells));
        }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(value == null ? "" : value);
    }
}
