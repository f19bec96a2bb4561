package org.dadkhah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.dadkhah.importing.BulkImport;
import org.dadkhah.importing.BulkRows;
import org.dadkhah.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The index follows the database: a crash between commit and indexing is repaired by republishing the unfinished
 * publications (what a restart does), a rebuild runs beside the serving index and takes in what changed meanwhile,
 * and bulk imports are indexed from their durable queue.
 */
class SearchConsistencyTests extends SearchTest {

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchIndex index;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    PendingQueue pending;

    @Autowired
    BulkImport bulk;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aCrashBetweenCommitAndIndexingLeavesNothingMissingStaleOrDeletedAfterRepublication() throws Exception {
        String oldName = word(5);
        String newName = word(5);
        String freshName = word(5);
        String doomedName = word(5);
        String renamed = person("Kaveh " + oldName);
        String doomed = person("Babak " + doomedName);
        indexer.failWith(new IllegalStateException("simulated crash between commit and indexing"));
        try {
            String fresh = person("Dariush " + freshName);
            String etag = getJson("/api/v1/persons/" + renamed, admin()).result().getResponse().getHeader("ETag");
            assertThat(putJson("/api/v1/persons/" + renamed, admin(), etag, """
                    {"names":[{"text":"Kaveh %s","script":"LATIN","kind":"BIRTH_NAME"}]}""".formatted(newName))
                    .status()).isEqualTo(200);
            assertThat(deleteJson("/api/v1/persons/" + doomed, admin()).status()).isEqualTo(204);

            assertThat(ids(freshName, admin())).as("missing before repair").doesNotContain(fresh);
            assertThat(ids(oldName, admin())).as("stale before repair").contains(renamed);
            assertThat(documents(doomed)).as("deleted but still indexed before repair").isEqualTo(1);
            indexer.failWith(null);
            incomplete.resubmitIncompletePublications(publication -> true);

            assertThat(ids(freshName, admin())).containsExactly(fresh);
            assertThat(ids(newName, admin())).containsExactly(renamed);
            assertThat(ids(oldName, admin())).doesNotContain(renamed);
            assertThat(documents(doomed)).isZero();
        } finally {
            indexer.failWith(null);
        }
    }

    @Test
    void aRebuildRunsBesideTheServingIndexAndTakesInWhatChangedMeanwhile() throws Exception {
        String beforeName = word(5);
        String duringName = word(5);
        String before = person("Omid " + beforeName);
        String served = index.openGeneration();
        List<String> during = new ArrayList<>();
        List<List<String>> servedDuring = new ArrayList<>();
        long count = rebuild.rebuild((done, total) -> {
            if (done == total && during.isEmpty()) {
                try {
                    during.add(person("Navid " + duringName));
                    servedDuring.add(ids(beforeName, admin()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(count).isPositive();
        assertThat(servedDuring).containsExactly(List.of(before));
        assertThat(index.location().current()).isNotEqualTo(served);
        assertThat(index.openGeneration()).isEqualTo(served);

        assertThat(indexer.followRebuild()).isTrue();
        assertThat(index.openGeneration()).isEqualTo(index.location().current());
        assertThat(ids(beforeName, admin())).containsExactly(before);
        assertThat(ids(duringName, admin())).containsExactly(during.getFirst());
        assertThat(Files.exists(index.location().path(served))).as("the old generation is removed").isFalse();
    }

    @Test
    void bulkImportedPersonsAreQueuedDurablyAndIndexed() throws Exception {
        String surname = word(5);
        var result = bulk.persons(List.of(
                new BulkRows.Person(List.of(new BulkRows.Name("Arash " + surname, "LATIN", "BIRTH_NAME")), null, null, "PUBLIC"),
                new BulkRows.Person(List.of(new BulkRows.Name("Farhad " + surname, "LATIN", "BIRTH_NAME")), null, null, "PUBLIC"))
                .iterator(), Caller.OPERATOR, 1);
        assertThat(result.batches()).isEqualTo(2);
        assertThat(pending.size()).isGreaterThanOrEqualTo(2);
        pending.drain(indexer::refresh);
        assertThat(pending.size()).isZero();
        assertThat(ids(surname, admin())).containsExactlyInAnyOrderElementsOf(
                result.ids().stream().map(Object::toString).toList());
    }

    private int documents(String id) {
        return index.search(searcher -> {
            try {
                return searcher.count(new TermQuery(new Term(SearchFields.ID, id)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
