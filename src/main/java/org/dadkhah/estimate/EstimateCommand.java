package org.dadkhah.estimate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code dadkhah estimate TABLE.csv}: multiple systems estimation on a capture-history table. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate how many people no list recorded, from a capture-history CSV "
                + "(one 0/1 column per list and a 'count' column).")
public class EstimateCommand implements Callable<Integer> {

    /** Exit code for a malformed table. */
    public static final int BAD_TABLE = 2;

    @Parameters(index = "0", paramLabel = "TABLE.csv", description = "capture-history table")
    private Path table = Path.of("");

    @Option(names = "--method", defaultValue = "all", description = "chapman|loglinear|lcmcr|all (default: all)")
    private String method = "all";

    @Option(names = "--criterion", defaultValue = "aic", description = "aic|bic: log-linear model selection")
    private String criterion = "aic";

    @Option(names = "--seed", defaultValue = "1", description = "seed of the LCMCR chains")
    private long seed = 1;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Option(names = "--strata", paramLabel = "COLUMN", description = "estimate per value of this column and sum")
    private @Nullable String strata;

    @Option(names = "--chains", defaultValue = "4", description = "LCMCR: chains run in parallel (default: 4)")
    private int chains = 4;

    @Option(names = "--burn-in", defaultValue = "10000", description = "LCMCR: sweeps discarded first (default: 10000)")
    private int burnIn = 10_000;

    @Option(names = "--samples", defaultValue = "1000", description = "LCMCR: draws kept per chain (default: 1000)")
    private int samples = 1_000;

    @Option(names = "--thinning", defaultValue = "100", description = "LCMCR: sweeps per kept draw (default: 100)")
    private int thinning = 100;

    @Option(names = "--max-samples", paramLabel = "N", description = "LCMCR: extend chains up to N draws while "
            + "the effective sample size of N is below 400 (default: 4 x --samples)")
    private @Nullable Integer maxSamples;

    @Option(names = "--classes", defaultValue = "10", description = "LCMCR: latent classes K (default: 10)")
    private int classes = 10;

    @CommandLine.Spec
    private CommandLine.Model.@Nullable CommandSpec spec;

    /** Creates the command (picocli fills the fields). */
    public EstimateCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
        EstimateSettings settings;
        try {
            settings = new EstimateSettings(EstimateSettings.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                    Criterion.valueOf(criterion.toUpperCase(Locale.ROOT)), seed, lcmcr());
        } catch (IllegalArgumentException e) {
            err.println("error: unknown --method or --criterion (" + method + ", " + criterion + "), or LCMCR "
                    + "settings out of range (each at least 1, burn-in at least 0, --max-samples at least --samples)");
            err.flush();
            return BAD_TABLE;
        }
        try {
            StratifiedTable data = CaptureHistoryCsv.readStrata(table, strata);
            EstimateReport report = strata == null ? Estimators.run(data.pooled(), settings)
                    : Estimators.runStratified(data, settings);
            out.print(json ? toJson(report) : ReportTable.render(report));
            out.flush();
            return 0;
        } catch (CaptureHistoryException e) {
            err.println("error: bad table " + table + ": " + e.getMessage());
            err.flush();
            return BAD_TABLE;
        }
    }

    private LcmcrSettings lcmcr() {
        LcmcrSettings d = LcmcrSettings.defaults();
        int max = maxSamples != null ? maxSamples : (int) Math.min(Integer.MAX_VALUE,
                (long) LcmcrSettings.EXTENSION * samples);
        return new LcmcrSettings(classes, d.alphaShape(), d.alphaRate(), chains, burnIn, samples, thinning, max);
    }

    /**
     * @param report a report
     * @return the report as indented JSON
     */
    public static String toJson(EstimateReport report) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(report) + System.lineSeparator();
    }

    /**
     * Runs the command on its own (the application registers it as a subcommand of {@code dadkhah}).
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EstimateCommand()).execute(args));
    }
}
