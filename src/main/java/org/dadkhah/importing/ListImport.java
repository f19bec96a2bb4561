package org.dadkhah.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.dadkhah.audit.AuditLog;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.PersianText;
import org.dadkhah.shared.Script;
import org.dadkhah.source.Custody;
import org.dadkhah.source.SourceFiles;
import org.dadkhah.vocabulary.Vocabularies;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a list of victims from a CSV or XLSX file as a mapping describes it: every row becomes a person with their
 * acts, each citing the LIST source created for the file (the row as locator), the file stored as that source's
 * evidence with its custody. One pass, streaming, in ONE transaction: any error, or a dry run, rolls everything
 * back, and the report names every problem. A file imported before (same SHA-256) changes nothing.
 *
 * <p>The rows are loaded first; the records written through {@link RecordStore} (the source with its file and
 * custody, the places the list names that did not exist) and the import's audit entry come in a short final step,
 * because an audit entry holds the audit chain's lock until the transaction ends: other writers wait only for that
 * step, not for the whole load. The references of acts to those places and of citations to that source are checked
 * by PostgreSQL at the end of the final step (deferred), not skipped.
 */
@Service
public class ListImport {

    /** An encoding forced with {@code --encoding} that Java does not know. */
    public static class UnknownEncodingException extends IllegalArgumentException {
        UnknownEncodingException(String message) {
            super(message);
        }
    }

    /** Rows per {@code COPY} batch: at most three batches are in memory at once (being read, queued, written). */
    static final int BATCH = 5_000;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordStore store;
    private final SourceFiles files;
    private final Custody custody;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ListImport(RecordTypes types, RecordQueries queries, RecordStore store, SourceFiles files, Custody custody,
            Vocabularies vocabularies, AuditLog audit, DataSource dataSource, PlatformTransactionManager transactions,
            JsonMapper json, ApplicationEventPublisher events) {
        this.types = types;
        this.queries = queries;
        this.store = store;
        this.files = files;
        this.custody = custody;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactions);
        this.json = json;
        this.events = events;
    }

    /**
     * Imports {@code file} (named {@code fileName}) with the mapping; with {@code dryRun} stores nothing.
     *
     * @param encoding forces the CSV encoding (null: detected)
     * @throws ListMapping.InvalidMappingException when the mapping cannot be used
     * @throws UnknownEncodingException when the forced encoding is unknown
     */
    public ImportReport run(Path file, String fileName, String mappingYaml, boolean dryRun, @Nullable String encoding,
            Caller caller) throws IOException {
        return run(file, fileName, mappingYaml, dryRun, encoding, caller, ImportListener.NONE);
    }

    /**
     * Imports as {@link #run(Path, String, String, boolean, String, Caller)} does, telling {@code listener} of the
     * header, each row read and each valid row as it will be stored (the import page's progress and preview), and the
     * stages of storing.
     */
    public ImportReport run(Path file, String fileName, String mappingYaml, boolean dryRun, @Nullable String encoding,
            Caller caller, ImportListener listener) throws IOException {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Your role or token does not allow changes");
        }
        ListMapping mapping = ListMapping.parse(mappingYaml);
        Map<String, RecordType> byPath = new HashMap<>();
        for (String path : List.of("persons", "acts", "citations", "places", "sources")) {
            byPath.put(path, types.byPath(path).orElseThrow());
        }
        Confidentiality listLevel = level(byPath.get("sources"), mapping.listConfidentiality(), caller, "list");
        Confidentiality personLevel = level(byPath.get("persons"), mapping.personConfidentiality(), caller, "person");
        checkText(byPath.get("sources"), "title", mapping.title(), "list.title");
        checkText(byPath.get("sources"), "publisher", mapping.publisher(), "list.publisher");
        String sha256 = sha256(file);
        RecordPage earlier = queries.list(byPath.get("sources"), Map.of("sha256", sha256, "kind", "LIST"), null, 1,
                caller);
        if (!earlier.items().isEmpty()) {
            UUID source = (UUID) earlier.items().get(0).get("id");
            return new ImportReport(fileName, sha256, "-", 0, List.of(), 0, 0, dryRun, false, source, Map.of(),
                    "already imported as list source " + source + " (same SHA-256): nothing changed");
        }
        ImportReport.Builder report = new ImportReport.Builder();
        UUID source = Ids.next();
        String encodingUsed;
        boolean xlsx = TableReader.isXlsx(file);
        ListPlaces known = new ListPlaces(queries, byPath.get("places"), caller);
        Map<UUID, String> newPlaces = new LinkedHashMap<>();
        try (ListWriter writer = new ListWriter(dataSource, transactions, events)) {
            ListPlaces places = known.creatingWith(newPlaces::put);
            ListSink sink = new ListSink(mapping, report, writer, places, byPath, source, listLevel, personLevel, caller,
                    this, listener);
            encodingUsed = TableReader.read(file, encoding, sink);
            sink.finish();
            boolean store = report.errors == 0 && !dryRun;
            if (store) {
                String detail = "list " + fileName + " (sha256 " + sha256 + "): " + report.counts;
                writer.finish(() -> {
                    createSource(source, mapping, listLevel, file, fileName, sha256, xlsx, caller);
                    newPlaces.forEach((id, name) -> createPlace(id, name, listLevel, byPath.get("places"), caller));
                    audit.append(caller.username(), "LIST_IMPORT", "source", source, detail);
                }, listener);
            } else {
                writer.rollback();
            }
            return new ImportReport(fileName, sha256, encodingUsed, report.rows, List.copyOf(report.problems),
                    report.errors, report.warnings, dryRun, store, store ? source : null,
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(report.counts)),
                    null);
        }
    }

    /** Turns the mapping's acts into columns or fixed terms, reporting unknown ones against the header. */
    List<ListRows.ActColumns> actColumns(ListMapping mapping, ListColumns columns, Map<String, String> actTypes,
            ImportReport.Builder report, Caller caller) {
        List<ListRows.ActColumns> acts = new ArrayList<>();
        int i = 0;
        for (ListMapping.Act act : mapping.acts()) {
            String path = "acts[" + i++ + "]";
            Confidentiality level = level(types.byPath("acts").orElseThrow(), act.confidentiality(), caller, path);
            String fixed = vocabularies.contains("ACT_TYPE", act.type()) ? act.type() : null;
            Integer typeColumn = fixed == null ? columns.index(act.type()) : null;
            if (fixed == null && typeColumn == null) {
                report.error(0, act.type(), "Neither a term of vocabulary ACT_TYPE nor a column of the file");
                continue;
            }
            acts.add(new ListRows.ActColumns(fixed, typeColumn, act.date() == null ? null : columns.index(act.date()),
                    act.place() == null ? null : columns.index(act.place()), level));
        }
        return acts;
    }

    /** The ACT_TYPE terms by the normalised form of their code and of both labels. */
    Map<String, String> actTypes() {
        Map<String, String> byKey = new HashMap<>();
        for (Vocabularies.Term term : vocabularies.terms("ACT_TYPE")) {
            if (term.active()) {
                for (String s : List.of(term.code(), term.labelEn(), term.labelFa())) {
                    byKey.putIfAbsent(ListColumns.key(s), term.code());
                }
            }
        }
        return byKey;
    }

    private void createSource(UUID id, ListMapping mapping, Confidentiality level, Path file, String fileName,
            String sha256, boolean xlsx, Caller caller) {
        ObjectNode body = json.createObjectNode();
        body.put("kind", "LIST").put("title", mapping.title()).put("confidentiality", level.name());
        if (mapping.publisher() != null) {
            body.put("publisher", mapping.publisher());
        }
        if (PersianText.script(mapping.title()) == Script.PERSIAN) {
            body.put("language", "fa");
        }
        store.create(types.byPath("sources").orElseThrow(), body, caller, id);
        try {
            files.attach(id, file, sha256, fileName, xlsx
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", caller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        custody.record(id, sha256, new Custody.Entry(null, null, "imported as a list with ./dadkhah import", null,
                "file " + fileName), caller);
    }

    private void createPlace(UUID id, String name, Confidentiality level, RecordType places, Caller caller) {
        ObjectNode body = json.createObjectNode();
        body.put("name", name).put("kind", "OTHER").put("confidentiality", level.name());
        if (PersianText.script(name) == Script.PERSIAN) {
            body.put("nameFa", name);
        }
        store.create(places, body, caller, id);
    }

    private static Confidentiality level(RecordType type, @Nullable String value, Caller caller, String path) {
        try {
            return BulkFields.level(type, value, caller);
        } catch (RowProblem p) {
            throw new ListMapping.InvalidMappingException(path + ".confidentiality: " + p.getMessage());
        }
    }

    /** Checks a field of the list's source up front, as the record store will in the final step. */
    private static void checkText(RecordType type, String field, @Nullable String value, String path) {
        try {
            BulkFields.text(BulkFields.field(type, field), value, path);
        } catch (RowProblem p) {
            throw new ListMapping.InvalidMappingException(path + ": " + p.getMessage());
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
