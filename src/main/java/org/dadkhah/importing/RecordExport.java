package org.dadkhah.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dadkhah.audit.AuditLog;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.vocabulary.Vocabularies;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the records of one type that match a list's filters, as the caller may see them (every page read through
 * {@link RecordQueries}), as CSV (UTF-8 with a byte-order mark for Excel, every cell a spreadsheet would take for a
 * formula made inert) or JSON Lines: codes with their labels in both languages, dates as entered with both
 * calendars, every name, a link to each record. Sealed fields are never exported. Each export is audited.
 */
@Service
public class RecordExport {

    /** The formats offered. */
    public enum Format { CSV, JSONL }

    private static final int PAGE = 500;

    private final RecordQueries queries;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final JsonMapper json;

    RecordExport(RecordQueries queries, Vocabularies vocabularies, AuditLog audit, JsonMapper json) {
        this.queries = queries;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.json = json;
    }

    /** Writes the export to {@code out}; returns how many records it holds. Bad filters fail before any byte. */
    public long export(RecordType type, Map<String, String> criteria, Format format, Caller caller, OutputStream out)
            throws IOException {
        RecordPage page = queries.list(type, criteria, null, PAGE, caller);
        Map<String, Map<String, Object>> labels = new HashMap<>();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = null;
        if (format == Format.CSV) {
            writer.write('\uFEFF');
            csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(header(type));
        }
        long count = 0;
        while (true) {
            for (Map<String, Object> item : page.items()) {
                Map<String, Object> record = exported(type, item, labels);
                if (csv != null) {
                    csv.printRecord(row(type, record).stream().map(RecordExport::inert).toList());
                } else {
                    writer.write(json.writeValueAsString(record));
                    writer.write('\n');
                }
                count++;
            }
            if (page.next() == null) {
                break;
            }
            page = queries.list(type, criteria, page.next(), PAGE, caller);
        }
        writer.flush();
        audit.append(caller.username(), "EXPORT", type.name(), null, format.name().toLowerCase() + " of " + count
                + " " + type.path() + (criteria.isEmpty() ? "" : " where " + criteria));
        return count;
    }

    /** The representation without sealed fields, with a link and the labels of vocabulary codes. */
    private Map<String, Object> exported(RecordType type, Map<String, Object> item,
            Map<String, Map<String, Object>> labels) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", item.get("id"));
        record.put("link", "/api/v1/" + type.path() + "/" + item.get("id"));
        for (Map.Entry<String, Object> e : item.entrySet()) {
            Field field = type.field(e.getKey()).orElse(null);
            if (field != null && field.kind() == Field.Kind.SEALED || e.getKey().equals("id")) {
                continue;
            }
            record.put(e.getKey(), e.getValue());
            if (field != null && field.kind() == Field.Kind.VOCAB && e.getValue() instanceof String code) {
                record.put(e.getKey() + "Label", labels.computeIfAbsent(field.target() + ":" + code,
                        k -> label(field.target(), code)));
            }
        }
        return record;
    }

    private Map<String, Object> label(@Nullable String vocabulary, String code) {
        Map<String, Object> label = new LinkedHashMap<>();
        vocabularies.term(vocabulary == null ? "" : vocabulary, code).ifPresent(t -> {
            label.put("en", t.labelEn());
            label.put("fa", t.labelFa());
        });
        return label;
    }

    static List<String> header(RecordType type) {
        List<String> header = new ArrayList<>(List.of("id", "link", "confidentiality"));
        for (Field f : type.fields()) {
            switch (f.kind()) {
                case SEALED -> { }
                case DATE -> header.addAll(List.of(f.json(), f.json() + " (Gregorian)", f.json() + " (Solar Hijri)"));
                case VOCAB -> header.addAll(List.of(f.json(), f.json() + " (English)", f.json() + " (Persian)"));
                default -> header.add(f.json());
            }
        }
        type.children().forEach(c -> header.add(c.json()));
        header.addAll(List.of("version", "createdAt", "updatedAt"));
        return header;
    }

    @SuppressWarnings("unchecked")
    private static List<String> row(RecordType type, Map<String, Object> record) {
        List<String> row = new ArrayList<>(List.of(text(record.get("id")), text(record.get("link")),
                text(record.get("confidentiality"))));
        for (Field f : type.fields()) {
            Object value = record.get(f.json());
            switch (f.kind()) {
                case SEALED -> { }
                case DATE -> {
                    Map<String, Object> detail = (Map<String, Object>) record.get(f.json() + "Detail");
                    row.add(text(value));
                    row.add(detail == null ? "" : text(detail.get("gregorian")));
                    row.add(detail == null ? "" : text(detail.get("solarHijri")));
                }
                case VOCAB -> {
                    Map<String, Object> label = (Map<String, Object>) record.get(f.json() + "Label");
                    row.add(text(value));
                    row.add(label == null ? "" : text(label.get("en")));
                    row.add(label == null ? "" : text(label.get("fa")));
                }
                default -> row.add(text(value));
            }
        }
        for (ChildList list : type.children()) {
            row.add(children(list, record.get(list.json())));
        }
        row.addAll(List.of(text(record.get("version")), text(record.get("createdAt")), text(record.get("updatedAt"))));
        return row;
    }

    /** A child list in one cell: items separated by {@code  | }, each item's values by {@code , }. */
    @SuppressWarnings("unchecked")
    private static String children(ChildList list, @Nullable Object items) {
        if (!(items instanceof List<?> all)) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Object item : all) {
            if (item instanceof Map<?, ?> map) {
                List<String> values = new ArrayList<>();
                for (Field f : list.fields()) {
                    Object v = ((Map<String, Object>) map).get(f.json());
                    if (v != null && f.kind() != Field.Kind.SEALED) {
                        values.add(text(v));
                    }
                }
                out.add(String.join(", ", values));
            }
        }
        return String.join(" | ", out);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value instanceof UUID u ? u.toString() : value.toString();
    }

    /** A cell a spreadsheet would read as a formula ({@code = + - @}, tab, carriage return) gets a leading quote. */
    static String inert(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
