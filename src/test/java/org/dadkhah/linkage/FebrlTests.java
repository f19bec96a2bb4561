package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * De-duplication of the Febrl synthetic person data sets (see {@code src/test/resources/linkage/README.md}) with the
 * default settings: the quality figures are computed against the published true pairs, never written in.
 */
class FebrlTests {

    private static final Path DIR = Path.of("src/test/resources/linkage");

    @ParameterizedTest(name = "febrl_dataset{0}")
    @ValueSource(ints = {1, 2, 3})
    void deduplicatingFebrlReachesHighPairwiseQuality(int dataset) throws Exception {
        LinkageConfig config = LinkageFiles.readConfig(DIR.resolve("febrl.yml"));
        List<LinkRecord> records = LinkageFiles.readRecords(DIR.resolve("febrl_dataset" + dataset + ".csv"), config);
        LinkageRun run = LinkageEngine.run(config, records, null, List.of());
        PairMetrics metrics = run.evaluate(LinkageFiles.readTruth(DIR.resolve("febrl_dataset" + dataset
                + "_true_pairs.csv")));
        System.out.printf(Locale.ROOT, "febrl%d: candidates %d, precision %.4f, recall %.4f, F1 %.4f, "
                        + "pair completeness %.4f, missed %s, false %s%n", dataset, run.candidates(), metrics.precision(),
                metrics.recall(), metrics.f1(), metrics.pairCompleteness(), metrics.missed().stream().limit(10).toList(),
                metrics.falseLinks().stream().limit(10).toList());
        assertThat(metrics.pairCompleteness()).isGreaterThanOrEqualTo(0.995);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.99);
    }
}
