package org.dadkhah.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dadkhah.linkage.BlockingRuleStats;
import org.dadkhah.linkage.LinkRecord;
import org.dadkhah.linkage.LinkageConfig;
import org.dadkhah.linkage.LinkageEngine;
import org.dadkhah.linkage.LinkageFiles;
import org.dadkhah.linkage.LinkageRun;
import org.dadkhah.linkage.PairMetrics;
import org.dadkhah.linkage.PersonLinking;
import org.dadkhah.linkage.ScoredPair;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dadkhah link}: record linkage on CSV files (no server needed), or {@code --persons} over the persons in the
 * database (filling the review queue).
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Find the same person across lists: de-duplicate one CSV or link two one-to-one, "
                + "or (--persons) run over the persons in the database and fill the review queue.")
public class LinkCommand implements Callable<Integer> {

    /** Exit code for bad input (config, CSV, options). */
    static final int BAD_INPUT = 2;

    @Option(names = "--persons", description = "link the persons in the database (rights of --user)")
    private boolean persons;

    @Option(names = "--user", description = "with --persons: whose rights filter the persons (default: the operator)")
    private @Nullable String user;

    @Option(names = "--config", paramLabel = "CONFIG.yml", description = "id column and column: comparator map")
    private @Nullable Path config;

    @Parameters(arity = "0..2", paramLabel = "INPUT.csv", description = "one list to de-duplicate, or two to link")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "pairs.csv", description = "pairs at or above the review threshold")
    private @Nullable Path out;

    @Option(names = "--clusters", paramLabel = "clusters.csv", description = "record_id,cluster_id for every record")
    private @Nullable Path clusters;

    @Option(names = "--truth", paramLabel = "FILE", description = "true pairs of ids: print precision, recall, F1")
    private @Nullable Path truth;

    @CommandLine.Spec
    private CommandLine.Model.@Nullable CommandSpec spec;

    /** Creates the command (picocli fills the fields). */
    public LinkCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        PrintWriter stderr = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
        try {
            if (persons) {
                return linkPersons(stdout);
            }
            if (config == null || inputs.isEmpty() || out == null || clusters == null) {
                stderr.println("error: give --config CONFIG.yml INPUT.csv [SECOND.csv] --out pairs.csv "
                        + "--clusters clusters.csv (or --persons)");
                return BAD_INPUT;
            }
            return linkFiles(config, out, clusters, stdout);
        } catch (IllegalArgumentException | IOException e) {
            stderr.println("error: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private int linkFiles(Path configFile, Path pairsFile, Path clustersFile, PrintWriter stdout) throws IOException {
        LinkageConfig settings = LinkageFiles.readConfig(configFile);
        List<LinkRecord> left = LinkageFiles.readRecords(inputs.get(0), settings);
        List<LinkRecord> right = inputs.size() > 1 ? LinkageFiles.readRecords(inputs.get(1), settings) : null;
        LinkageRun run = LinkageEngine.run(settings, left, right, List.of());
        LinkageFiles.writePairs(pairsFile, run.pairs());
        LinkageFiles.writeClusters(clustersFile, run.clusters());
        report(run, stdout);
        if (truth != null) {
            PairMetrics metrics = run.evaluate(LinkageFiles.readTruth(truth));
            stdout.printf(Locale.ROOT, "true pairs: %d, predicted: %d, correct: %d%n", metrics.truePairs(),
                    metrics.predictedPairs(), metrics.truePositives());
            stdout.printf(Locale.ROOT, "precision: %.4f  recall: %.4f  F1: %.4f  pair completeness: %.4f%n",
                    metrics.precision(), metrics.recall(), metrics.f1(), metrics.pairCompleteness());
        }
        return 0;
    }

    static void report(LinkageRun run, PrintWriter stdout) {
        stdout.printf(Locale.ROOT, "records: %d%ncandidates: %d%n", run.records(), run.candidates());
        for (BlockingRuleStats rule : run.blockingRules()) {
            stdout.printf(Locale.ROOT, "  %-40s %,12d new pairs (%d blocks, %d compared by sorted neighbourhood)%n",
                    rule.rule(), rule.newPairs(), rule.blocks(), rule.windowedBlocks());
        }
        long links = run.pairs().stream().filter(p -> p.decision().equals(ScoredPair.LINK)).count();
        stdout.printf(Locale.ROOT, "links: %d%nto review: %d%nEM: %d iterations%s, match share among candidates "
                        + "%.5f%ntime: %.2f s%n", links, run.pairs().size() - links, run.model().iterations(),
                run.model().converged() ? "" : " (not converged)", run.model().lambda(),
                run.took().toMillis() / 1000.0);
    }

    private int linkPersons(PrintWriter stdout) {
        try (ConfigurableApplicationContext context = Contexts.offline()) {
            Caller caller = user == null ? Caller.OPERATOR : context.getBean(PersonLinking.class).callerOf(user);
            PersonLinking.Outcome outcome = context.getBean(PersonLinking.class).run(caller);
            stdout.printf(Locale.ROOT, "persons: %d%ncandidates: %d%nlinks suggested: %d%nto review: %d%n"
                            + "new pairs in the review queue: %d%ntime: %.2f s%n", outcome.persons(),
                    outcome.candidates(), outcome.links(), outcome.review(), outcome.newPairs(), outcome.seconds());
            return 0;
        }
    }
}
