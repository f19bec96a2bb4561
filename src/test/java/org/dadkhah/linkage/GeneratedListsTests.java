package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * De-duplication of generated overlapping lists of Iranian persons (Persian and Latin script, both calendars) with
 * the default settings, at a tenth of the 100,000 persons ({@code bench/linkage-quality} measures that);
 * the figures are computed against the generator's truth, never written in.
 */
class GeneratedListsTests {

    @Test
    void deduplicatingTenThousandGeneratedPersonsOnThreeListsReachesPairwiseF1OfAtLeast097() {
        var generated = new SyntheticPersons(11).generate(10_000, 3, 0.3, Integer.MAX_VALUE);
        LinkageRun run = LinkageEngine.run(LinkageConfig.of("id", SyntheticPersons.FIELDS),
                generated.stream().map(SyntheticPersons.Generated::record).toList(), null, List.of());
        PairMetrics metrics = run.evaluate(SyntheticPersonsTests.truth(generated));
        System.out.printf(Locale.ROOT, "generated: %d records, %d true pairs, candidates %d, precision %.4f, "
                        + "recall %.4f, F1 %.4f, pair completeness %.4f%n", run.records(), metrics.truePairs(),
                run.candidates(), metrics.precision(), metrics.recall(), metrics.f1(), metrics.pairCompleteness());
        assertThat(metrics.truePairs()).isGreaterThan(2_000);
        assertThat(metrics.pairCompleteness()).isGreaterThanOrEqualTo(0.98);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.97);
    }
}
