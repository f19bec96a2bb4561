package org.dadkhah.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dadkhah.audit.AuditLog;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads many persons and acts at once: every row is checked as the API checks it (enum names, lengths, vocabulary
 * terms read once per import, partial dates, references), names get their match keys and skeletons as through the
 * API, and rows are written with PostgreSQL {@code COPY}, one transaction and one audit entry per batch. A batch with
 * an invalid row is refused whole, with a message naming the row; the batches before it stay written.
 *
 * <p>Unlike the API, a bulk import keeps no per-record history: its audit entries record what each batch wrote.
 */
@Service
public class BulkImport {

    /** Rows per batch (and so per transaction) unless the caller says otherwise. */
    public static final int DEFAULT_BATCH = 50_000;

    /** What an import wrote: the new records' ids in the order of their rows, and how many batches it took. */
    public record Result(List<UUID> ids, long tableRows, int batches) {
    }

    private final RecordTypes types;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    BulkImport(RecordTypes types, Vocabularies vocabularies, AuditLog audit, DataSource dataSource,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.types = types;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** Imports persons with their names. */
    public Result persons(Iterator<BulkRows.Person> rows, Caller caller) {
        return persons(rows, caller, DEFAULT_BATCH);
    }

    /** Imports persons with their names, {@code batchSize} persons per transaction. */
    public Result persons(Iterator<BulkRows.Person> rows, Caller caller, int batchSize) {
        requireWrite(caller);
        PersonRows reader = new PersonRows(types.byPath("persons").orElseThrow(), caller);
        return run(rows, caller, batchSize, reader::batch, reader::add);
    }

    /** Imports acts against persons already stored. */
    public Result acts(Iterator<BulkRows.Act> rows, Caller caller) {
        return acts(rows, caller, DEFAULT_BATCH);
    }

    /** Imports acts against persons already stored, {@code batchSize} acts per transaction. */
    public Result acts(Iterator<BulkRows.Act> rows, Caller caller, int batchSize) {
        requireWrite(caller);
        Set<String> actTypes = vocabularies.terms("ACT_TYPE").stream().filter(Vocabularies.Term::active)
                .map(Vocabularies.Term::code).collect(Collectors.toUnmodifiableSet());
        ActRows reader = new ActRows(types.byPath("acts").orElseThrow(), actTypes, caller);
        return run(rows, caller, batchSize, reader::batch, reader::add);
    }

    private <R> Result run(Iterator<R> rows, Caller caller, int batchSize, LongFunction<BulkBatch> newBatch,
            BiFunction<BulkBatch, R, UUID> add) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1");
        }
        List<UUID> ids = new ArrayList<>();
        long tableRows = 0;
        int batches = 0;
        long row = 0;
        try (BulkWriter writer = new BulkWriter(dataSource, transactions, audit, caller.username(), events)) {
            while (rows.hasNext()) {
                BulkBatch batch = newBatch.apply(row + 1);
                while (batch.size() < batchSize && rows.hasNext()) {
                    R next = rows.next();
                    row++;
                    try {
                        UUID id = add.apply(batch, next);
                        ids.add(id);
                        batch.ids.add(id);
                    } catch (RowProblem p) {
                        writer.finish();
                        throw batch.refuse(row, p.field, p.getMessage());
                    }
                    batch.lastRow = row;
                }
                batch.tables.forEach(CopyText::seal);
                writer.submit(batch);
                tableRows += batch.tables.stream().mapToLong(CopyText::rows).sum();
                batches++;
            }
            writer.finish();
        }
        return new Result(ids, tableRows, batches);
    }

    private static void requireWrite(Caller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Your role or token does not allow changes");
        }
    }
}
