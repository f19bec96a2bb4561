package org.dadkhah.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small lists written as a family association would: CSV in several encodings, XLSX, and the mapping. */
public final class ListFixtures {

    public static final String MAPPING = """
            list:
              title: "Executed prisoners, summer 1367 (family association list) %s"
              confidentiality: INTERNAL
            rowNumber: ردیف
            person:
              confidentiality: INTERNAL
              name: [نام, نام خانوادگی]
              fatherName: نام پدر
              birthDate: تاریخ تولد
            acts:
              - type: EXECUTION
                date: تاریخ اعدام
                place: زندان
            """;

    public static final String HEADER = "ردیف,نام,نام خانوادگی,نام پدر,تاریخ تولد,تاریخ اعدام,زندان";

    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقلمنهو";

    private ListFixtures() {
    }

    /** A word of Persian letters that every encoding here can hold, different on every call. */
    static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    static String mapping(String titleSuffix) {
        return MAPPING.formatted(titleSuffix);
    }

    static Path csv(Path dir, String name, String text, Charset charset, byte[] bom) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(text.getBytes(charset));
        }
        return file;
    }

    static Path xlsx(Path dir, String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("list");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
        }
        return file;
    }
}
