package org.dadkhah.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;
import org.dadkhah.shared.PersianText;
import org.dadkhah.shared.Script;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of a list into a person, their acts and a citation of the list for each, checked field by field as
 * the API checks them (the record types' declared lengths, enum names, vocabulary terms, partial dates), every
 * problem reported against the column it came from; renders the rows of a valid line into a {@link BulkBatch}.
 * Names and places are stored with Persian letters unified ({@link PersianText#normalizeForDisplay}: Arabic yeh and
 * kaf as Persian, invisible marks removed, ZWNJ kept), so a list typed on an Arabic keyboard matches one typed on a
 * Persian one. The script of a name is detected per value; a name is expected in the script of its column's title
 * (a Persian title, Persian names), and one in another script, or mixing scripts, is imported with a warning.
 */
final class ListRows {

    /** What one act of the mapping reads: a fixed term, or the column holding codes or labels. */
    record ActColumns(@Nullable String fixedType, @Nullable Integer typeColumn, @Nullable Integer date,
            @Nullable Integer place, Confidentiality level) {
    }

    private final ListColumns columns;
    private final List<Integer> nameColumns;
    private final @Nullable Integer father;
    private final @Nullable Integer birth;
    private final @Nullable Integer rowNumber;
    private final List<ActColumns> acts;
    private final Map<String, String> actTypes;
    private final ListPlaces places;
    private final ImportReport.Builder report;
    private final Caller caller;
    private final UUID source;
    private final Confidentiality personLevel;
    private final Confidentiality listLevel;
    private final ChildList names;
    private final Field nameText;
    private final Field fatherName;
    private final Field locator;
    private final Field placeName;
    private final ImportListener listener;

    ListRows(ListColumns columns, ListMapping mapping, List<ActColumns> acts, Map<String, String> actTypes,
            ListPlaces places, ImportReport.Builder report, Caller caller, UUID source, Confidentiality listLevel,
            Confidentiality personLevel, Map<String, RecordType> types, ImportListener listener) {
        this.listener = listener;
        this.columns = columns;
        this.nameColumns = mapping.name().stream().map(columns::index).toList();
        this.father = mapping.fatherName() == null ? null : columns.index(mapping.fatherName());
        this.birth = mapping.birthDate() == null ? null : columns.index(mapping.birthDate());
        this.rowNumber = mapping.rowNumber() == null ? null : columns.index(mapping.rowNumber());
        this.acts = acts;
        this.actTypes = actTypes;
        this.places = places;
        this.report = report;
        this.caller = caller;
        this.source = source;
        this.listLevel = listLevel;
        this.personLevel = personLevel;
        RecordType persons = types.get("persons");
        this.names = BulkFields.children(persons, "names");
        this.nameText = BulkFields.field(names, "text");
        this.fatherName = BulkFields.field(persons, "fatherName");
        this.locator = BulkFields.field(types.get("citations"), "locator");
        this.placeName = BulkFields.field(types.get("places"), "name");
    }

    static BulkBatch batch(long firstRow) {
        return new BulkBatch("list", firstRow,
                new CopyText("person", "id, confidentiality, father_name, sex, status, birth_date_text, "
                        + "birth_date_calendar, birth_date_precision, birth_date_earliest, birth_date_latest, "
                        + "created_by, updated_by"),
                new CopyText("person_name", "id, parent_id, position, text, script, kind, match_key, skeleton"),
                new CopyText("act", "id, confidentiality, type, victim_id, place_id, date_text, date_calendar, "
                        + "date_precision, date_earliest, date_latest, created_by, updated_by"),
                new CopyText("citation", "id, confidentiality, source_id, record_type, record_id, locator, "
                        + "created_by, updated_by"));
    }

    private record Act(String type, @Nullable PartialDate date, @Nullable UUID place, Confidentiality level,
            ImportListener.PreviewAct preview) {
    }

    /** Checks row {@code n}, reporting every problem; adds it to {@code batch} (when given) if it has none. */
    void row(long n, List<String> cells, @Nullable BulkBatch batch) {
        if (cells.size() != columns.size()) {
            report.error(n, "(row)", "Wrong column count: " + cells.size() + " cells, the header has " + columns.size());
            return;
        }
        long errorsBefore = report.errors;
        checkCells(n, cells);
        String name = joinedName(n, cells);
        String fatherText = text(n, cells, father, fatherName);
        PartialDate birthDate = date(n, cells, birth);
        List<Act> rowActs = new ArrayList<>();
        for (ActColumns act : acts) {
            Act a = act(n, cells, act);
            if (a != null) {
                rowActs.add(a);
            }
        }
        String where = "row " + n + (rowNumber == null || cells.get(rowNumber).isBlank() ? ""
                : "; " + PersianText.normalizeForDisplay(columns.name(rowNumber) + " " + cells.get(rowNumber)));
        if (where.length() > locator.maxLength()) {
            report.error(n, columns.name(rowNumber), "At most " + (locator.maxLength() - 20) + " characters");
        }
        if (report.errors > errorsBefore || name == null) {
            return;
        }
        listener.preview(new ImportListener.PreviewRow(n, name, fatherText, birthDate,
                rowActs.stream().map(Act::preview).toList()));
        if (batch == null) {
            return;
        }
        render(batch, name, fatherText, birthDate, rowActs, where);
    }

    private void render(BulkBatch batch, String name, @Nullable String father, @Nullable PartialDate birthDate,
            List<Act> rowActs, String where) {
        UUID person = Ids.next();
        batch.ids.add(person);
        Map<String, Object> nameColumns = new HashMap<>(4);
        nameColumns.put("text", name);
        nameColumns.put("script", PersianText.script(name).name());
        nameColumns.put("kind", "BIRTH_NAME");
        Map<String, Object> derived = names.derived().apply(nameColumns);
        CopyText people = batch.tables.get(0);
        people.add(person).add(personLevel.name()).add(father).add("UNKNOWN").add("UNKNOWN");
        dateColumns(people, birthDate).add(caller.username()).add(caller.username()).endRow();
        batch.tables.get(1).add(Ids.next()).add(person).add(0).add(name).add(nameColumns.get("script"))
                .add("BIRTH_NAME").add(derived.get("match_key")).add(derived.get("skeleton")).endRow();
        cite(batch, "person", person, personLevel, where);
        for (Act act : rowActs) {
            UUID id = Ids.next();
            CopyText acts = batch.tables.get(2);
            acts.add(id).add(act.level().name()).add(act.type()).add(person).add(act.place());
            dateColumns(acts, act.date()).add(caller.username()).add(caller.username()).endRow();
            cite(batch, "act", id, act.level(), where);
        }
    }

    private void cite(BulkBatch batch, String type, UUID record, Confidentiality level, String where) {
        Confidentiality citationLevel = level.atMost(listLevel) ? listLevel : level;
        batch.tables.get(3).add(Ids.next()).add(citationLevel.name()).add(source).add(type).add(record).add(where)
                .add(caller.username()).add(caller.username()).endRow();
    }

    private static CopyText dateColumns(CopyText table, @Nullable PartialDate date) {
        if (date == null) {
            return table.add(null).add(null).add(null).add(null).add(null);
        }
        return table.add(date.text()).add(date.calendar().name()).add(date.precision().name()).add(date.earliest())
                .add(date.latest());
    }

    private void checkCells(long n, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value.isEmpty()) {
                continue;
            }
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\uFFFD') {
                    report.error(n, columns.name(i), String.format("Control character U+%04X (or a character the "
                            + "file's encoding cannot hold)", (int) c));
                    break;
                }
            }
            char first = value.charAt(0);
            if (first == '=' || first == '@' || (first == '+' || first == '-') && value.length() > 1
                    && !Character.isDigit(value.charAt(1))) {
                report.warning(n, columns.name(i), "Looks like a spreadsheet formula; imported as text");
            }
        }
    }

    private @Nullable String joinedName(long n, List<String> cells) {
        StringBuilder name = new StringBuilder();
        java.util.Set<Script> scripts = java.util.EnumSet.noneOf(Script.class);
        for (Integer column : nameColumns) {
            String part = PersianText.normalizeForDisplay(cells.get(column));
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(part);
                scripts.add(PersianText.script(part));
            }
        }
        String first = columns.name(nameColumns.get(0));
        Script expected = PersianText.script(first);
        if (name.isEmpty()) {
            report.error(n, first, "Required: the row has no name");
            return null;
        }
        try {
            BulkFields.text(nameText, name.toString(), first);
        } catch (RowProblem p) {
            report.error(n, first, p.getMessage());
            return null;
        }
        if (scripts.size() > 1 || scripts.contains(Script.OTHER) || expected != Script.OTHER && !scripts.contains(expected)) {
            report.warning(n, first, "Name in an unexpected script (" + scripts + "): " + name);
        }
        return name.toString();
    }

    private @Nullable String text(long n, List<String> cells, @Nullable Integer column, Field field) {
        if (column == null) {
            return null;
        }
        try {
            String value = BulkFields.text(field, cells.get(column), columns.name(column));
            return value == null ? null : PersianText.normalizeForDisplay(value);
        } catch (RowProblem p) {
            report.error(n, columns.name(column), p.getMessage());
            return null;
        }
    }

    private @Nullable PartialDate date(long n, List<String> cells, @Nullable Integer column) {
        if (column == null || cells.get(column).isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(cells.get(column).strip());
        } catch (InvalidPartialDateException e) {
            report.error(n, columns.name(column), e.getMessage());
            return null;
        }
    }

    private @Nullable Act act(long n, List<String> cells, ActColumns act) {
        String type = act.fixedType();
        if (type == null) {
            String value = cells.get(act.typeColumn()).strip();
            if (value.isEmpty()) {
                return null;
            }
            type = actTypes.get(ListColumns.key(value));
            if (type == null) {
                report.error(n, columns.name(act.typeColumn()), "Unknown term of vocabulary ACT_TYPE: " + value);
                return null;
            }
        }
        PartialDate date = date(n, cells, act.date());
        UUID place = null;
        String placeText = null;
        boolean[] created = new boolean[1];
        if (act.place() != null && !cells.get(act.place()).isBlank()) {
            String name = PersianText.normalizeForDisplay(cells.get(act.place()));
            if (name.length() > placeName.maxLength()) {
                report.error(n, columns.name(act.place()), "At most " + placeName.maxLength() + " characters");
                return null;
            }
            placeText = name;
            place = places.resolve(name, created);
            if (created[0]) {
                report.warning(n, columns.name(act.place()), "Place created: " + name);
                report.count("places", 1);
            }
        }
        return new Act(type, date, place, act.level(), new ImportListener.PreviewAct(type, date, placeText, created[0]));
    }
}
