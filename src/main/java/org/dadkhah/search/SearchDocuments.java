package org.dadkhah.search;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record's representation into its index document: id, type, level and version; names several ways
 * (persons); the text of its plain text fields and child lists; and its facet values. Sealed fields are never read
 * here: only fields of kind {@link Field.Kind#TEXT} reach the index.
 */
final class SearchDocuments {

    private SearchDocuments() {
    }

    /**
     * Related facts a person's document carries: the types and places of the acts against them, each as
     * {@code LEVEL:value} with the act's level, so that a facet counts only acts the caller may read.
     */
    record Acts(Set<String> types, Set<String> places) {
        static final Acts NONE = new Acts(Set.of(), Set.of());
    }

    static Document of(String typeName, RecordType type, Map<String, Object> record, Acts acts) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, String.valueOf(record.get("id")), Store.YES));
        doc.add(new StringField(SearchFields.TYPE, typeName, Store.YES));
        doc.add(new StringField(SearchFields.LEVEL, String.valueOf(record.get("confidentiality")), Store.NO));
        doc.add(new StoredField(SearchFields.VERSION, ((Number) record.get("version")).longValue()));
        facet(doc, "type", typeName);
        StringBuilder text = new StringBuilder();
        plainText(type.fields(), record, text);
        List<String> written = new ArrayList<>();
        for (String field : List.of("name", "nameFa")) {
            if (!typeName.equals("person") && record.get(field) instanceof String name) {
                written.add(name);
            }
        }
        for (ChildList list : type.children()) {
            for (Map<String, Object> item : items(record.get(list.json()))) {
                if (list.json().equals("names")) {
                    names(doc, String.valueOf(item.get("text")));
                    written.add(String.valueOf(item.get("text")));
                } else {
                    plainText(list.fields(), item, text);
                }
            }
        }
        doc.add(new TextField(SearchFields.TEXT, text.toString(), Store.NO));
        if (!written.isEmpty()) {
            doc.add(new StoredField(SearchFields.NAMES, String.join("\n", written)));
        }
        facets(doc, typeName, record, acts);
        return doc;
    }

    private static void names(Document doc, String name) {
        NameTerms terms = NameTerms.of(name);
        doc.add(new StringField(SearchFields.NAME_KEY, terms.fullKey(), Store.NO));
        doc.add(new StringField(SearchFields.NAME_SKELETON, terms.fullSkeleton(), Store.NO));
        terms.words().forEach(w -> doc.add(new StringField(SearchFields.NAME_WORD, w, Store.NO)));
        terms.skeletons().forEach(s -> doc.add(new StringField(SearchFields.NAME_WORD_SKELETON, s, Store.NO)));
        terms.grams().forEach(g -> doc.add(new StringField(SearchFields.NAME_GRAM, g, Store.NO)));
    }

    private static void plainText(List<Field> fields, Map<String, Object> values, StringBuilder text) {
        for (Field field : fields) {
            if (field.kind() == Field.Kind.TEXT && !field.generated() && values.get(field.json()) instanceof String s) {
                text.append(s).append('\n');
            }
        }
    }

    private static void facets(Document doc, String typeName, Map<String, Object> record, Acts acts) {
        add(doc, "status", record.get("status"));
        for (String ref : List.of("birthplace", "place")) {
            if (record.get(ref) != null) {
                facet(doc, "place", String.valueOf(record.get(ref)));
            }
        }
        acts.places().forEach(p -> facet(doc, "actPlace", p));
        Set<String> organisations = new LinkedHashSet<>();
        if (record.get("court") != null) {
            organisations.add(String.valueOf(record.get("court")));
        }
        for (Map<String, Object> item : items(record.get("affiliations"))) {
            if (item.get("organisation") != null) {
                organisations.add(String.valueOf(item.get("organisation")));
            }
        }
        organisations.forEach(o -> facet(doc, "organisation", o));
        acts.types().forEach(t -> facet(doc, "actType", t));
        String dateField = IndexedTypes.dateField(typeName);
        if (dateField != null && record.get(dateField) instanceof String text) {
            years(doc, text);
        }
    }

    /** Every year (in both calendars) the date may fall in, at most 12 of each. */
    private static void years(Document doc, String text) {
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (RuntimeException e) {
            return;
        }
        LocalDate from = date.earliest() != null ? date.earliest() : date.latest();
        LocalDate to = date.latest() != null ? date.latest() : date.earliest();
        if (from == null || to == null || to.getYear() - from.getYear() > 11) {
            return;
        }
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            facet(doc, "yearGregorian", String.valueOf(y));
        }
        for (int y = solarHijriYear(from); y <= solarHijriYear(to); y++) {
            facet(doc, "yearSolarHijri", String.valueOf(y));
        }
    }

    static int solarHijriYear(LocalDate day) {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
        calendar.setTime(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return calendar.get(Calendar.YEAR);
    }

    private static void add(Document doc, String facet, @Nullable Object value) {
        if (value != null) {
            facet(doc, facet, String.valueOf(value));
        }
    }

    private static void facet(Document doc, String facet, String value) {
        doc.add(new SortedSetDocValuesField(SearchFields.facet(facet), new BytesRef(value)));
        doc.add(new StringField(SearchFields.facet(facet), value, Store.NO));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(@Nullable Object value) {
        if (!(value instanceof Collection<?> c)) {
            return List.of();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        c.forEach(o -> {
            if (o instanceof Map<?, ?> m) {
                items.add((Map<String, Object>) m);
            }
        });
        return items;
    }
}
