package org.dadkhah.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A long list import beside other writers, and what it leaves for the search index. */
class ListImportWritersTests extends ApiTest {

    @Autowired
    ListImport imports;

    @Autowired
    RecordStore store;

    @Autowired
    RecordTypes types;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final Random random = new Random();

    private Path list(String name, String place, int rows) throws Exception {
        StringBuilder text = new StringBuilder(ListFixtures.HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",Writer,Row").append(i).append(",Reza,1340,1367-05-07,").append(place).append('\n');
        }
        return ListFixtures.csv(dir, name, text.toString(), StandardCharsets.UTF_8, new byte[0]);
    }

    /**
     * The import is held after its first batches were loaded in its (open) transaction; meanwhile an audited write
     * through the record store must complete, which it cannot while the import holds the audit chain's lock.
     */
    @Test
    void anotherWriterIsNotKeptWaitingWhileAListIsLoading() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path file = list("long.csv", place, ListImport.BATCH * 2 + 10);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        ImportListener holding = new ImportListener() {
            @Override
            public void row(long row) {
                if (row == ListImport.BATCH * 2 + 1) {
                    held.countDown();
                    try {
                        resume.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return imports.run(file, "long.csv", ListFixtures.mapping(place), false, null, Caller.OPERATOR, holding);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, threads);
        try {
            assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
            awaitLoadedBatch();
            String name = unique("Beside the import");
            var other = CompletableFuture.supplyAsync(() -> store.create(types.byPath("places").orElseThrow(),
                    json.valueToTree(Map.of("name", name, "kind", "OTHER", "confidentiality", "PUBLIC")),
                    Caller.OPERATOR), threads);

            assertThat(other).as("an audited write while the import loads").succeedsWithin(Duration.ofSeconds(20));
            assertThat(jdbc.sql("select count(*) from audit_log where record_id = ?")
                    .param(other.join().get("id")).query(Long.class).single()).isEqualTo(1);
        } finally {
            resume.countDown();
        }
        ImportReport report = running.get(120, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(report.stored()).as(report.text()).isTrue();
        assertThat(jdbc.sql("select count(*) from citation where source_id = ?").param(report.source())
                .query(Long.class).single()).isEqualTo(2L * (ListImport.BATCH * 2 + 10));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LIST_IMPORT' and record_id = ?")
                .param(report.source()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theImportedPersonsAreQueuedForTheSearchIndexOnceTheImportCommits() throws Exception {
        String place = ListFixtures.word(random, 6);
        ImportReport report = imports.run(list("queued.csv", place, 12), "queued.csv", ListFixtures.mapping(place),
                false, null, Caller.OPERATOR);

        assertThat(report.stored()).as(report.text()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from search_pending q join citation c on c.record_type = 'person'
                and c.record_id = q.record_id where q.record_type = 'person' and c.source_id = ?""")
                .param(report.source()).query(Long.class).single()).isEqualTo(12);
    }

    @Test
    void aListTitleTheSourceWouldRefuseIsRefusedBeforeAnyRowIsRead() throws Exception {
        String place = ListFixtures.word(random, 6);
        Path file = list("title.csv", place, 3);
        String mapping = ListFixtures.mapping(place).replace("family association list)", "x".repeat(1001) + ")");

        assertThatThrownBy(() -> imports.run(file, "title.csv", mapping, false, null, Caller.OPERATOR))
                .isInstanceOf(ListMapping.InvalidMappingException.class)
                .hasMessage("list.title: At most 1000 characters");
    }

    /** Waits until the import's connection has loaded its batches and waits, its transaction open, for more. */
    private void awaitLoadedBatch() throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            Long copying = jdbc.sql("select count(*) from pg_stat_activity where backend_xid is not null "
                    + "and state = 'idle in transaction'").query(Long.class).single();
            if (copying > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The import loaded no batch: " + jdbc.sql("select state || ': ' || left(query, 40) "
                + "from pg_stat_activity where backend_type = 'client backend'").query(String.class).list());
    }
}
