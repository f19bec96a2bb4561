package org.dadkhah.estimate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Bayesian population size estimation with the LCMCR latent class model (Manrique-Vallier 2016): several
 * seeded chains run in parallel, their draws of N are pooled and summarised by the posterior median and the
 * 2.5% and 97.5% quantiles, with split R-hat (several chains only) and effective sample size as convergence
 * checks.
 */
public final class LcmcrEstimator {

    /** R-hat above which the chains are reported as not converged. */
    public static final double RHAT_LIMIT = 1.05;
    /**
     * @param result a posterior summary
     * @return the convergence diagnostics in words, e.g. {@code R-hat 1.002, effective sample size 1234}
     */
    public static String diagnostics(Result result) {
        String ess = String.format(java.util.Locale.ROOT, "effective sample size %.0f", result.ess());
        if (result.rhat() != null) {
            return String.format(java.util.Locale.ROOT, "R-hat %.3f, ", result.rhat()) + ess;
        }
        return "R-hat not computed (" + (result.chains() == 1 ? "one chain" : "fewer than four draws per chain")
                + "): convergence is judged by the " + ess + " alone";
    }

    /** Effective sample size below which the posterior summary is reported as unreliable. */
    public static final double ESS_LIMIT = 400;

    private LcmcrEstimator() {
    }

    /**
     * Posterior summary and diagnostics.
     *
     * @param median posterior median of N
     * @param lower95 2.5% posterior quantile
     * @param upper95 97.5% posterior quantile
     * @param rhat split R-hat of N across chains; null when it cannot be computed (one chain, or fewer than four
     *             draws per chain), and convergence is then judged by the effective sample size alone
     * @param ess effective sample size of N
     * @param chains number of chains
     * @param drawsPerChain kept draws per chain
     * @param sweepsPerChain Gibbs sweeps per chain, burn-in included
     * @param warnings convergence warnings (empty when the diagnostics pass)
     * @param histogram the posterior of N for charts (see {@link PosteriorHistogram})
     * @param draws the pooled draws, kept for summing strata
     */
    public record Result(double median, double lower95, double upper95, @Nullable Double rhat, double ess, int chains,
                         int drawsPerChain, long sweepsPerChain, List<String> warnings, List<Bin> histogram,
                         @JsonIgnore double[] draws) {
    }

    /**
     * One histogram bin.
     *
     * @param lower lower edge (population size)
     * @param upper upper edge
     * @param share share of all posterior draws falling in the bin
     */
    public record Bin(double lower, double upper, double share) {
    }

    /**
     * Runs the sampler.
     *
     * @param history the table
     * @param settings sampler settings
     * @param seed run seed; chain c uses a seed derived from it, so equal seeds give equal results
     * @return the posterior summary
     */
    public static Result run(CaptureHistory history, LcmcrSettings settings, long seed) {
        LcmcrSampler[] samplers = IntStream.range(0, settings.chains())
                .mapToObj(c -> new LcmcrSampler(history, settings, chainSeed(seed, c))).toArray(LcmcrSampler[]::new);
        double[][] chains = IntStream.range(0, samplers.length).parallel().mapToObj(c -> samplers[c].run())
                .toArray(double[][]::new);
        while (chains[0].length < settings.maxSamples()
                && McmcDiagnostics.effectiveSampleSize(chains) < ESS_LIMIT) {
            int more = Math.min(chains[0].length, settings.maxSamples() - chains[0].length);
            double[][] before = chains;
            chains = IntStream.range(0, samplers.length).parallel()
                    .mapToObj(c -> concat(before[c], samplers[c].draw(more))).toArray(double[][]::new);
        }
        return summarise(chains, settings);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static long chainSeed(long seed, int chain) {
        return seed * 0x9E3779B97F4A7C15L + chain * 0xBF58476D1CE4E5B9L + 1;
    }

    private static Result summarise(double[][] chains, LcmcrSettings settings) {
        double[] pooled = Arrays.stream(chains).flatMapToDouble(Arrays::stream).toArray();
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        Double rhat = chains.length > 1 && chains[0].length >= 4 ? McmcDiagnostics.splitRhat(chains) : null;
        double ess = McmcDiagnostics.effectiveSampleSize(chains);
        List<String> warnings = new ArrayList<>();
        if (rhat != null && !(rhat <= RHAT_LIMIT)) {
            warnings.add(String.format(java.util.Locale.ROOT, "R-hat of N is %.3f (limit %.2f): the chains have not "
                    + "converged; run longer chains before using this estimate", rhat, RHAT_LIMIT));
        }
        if (ess < ESS_LIMIT) {
            warnings.add(String.format(java.util.Locale.ROOT, "effective sample size of N is %.0f (below %.0f): the "
                    + "interval is imprecise; run longer chains", ess, ESS_LIMIT));
        }
        int drawsPerChain = chains[0].length;
        long sweeps = settings.burnIn() + (long) drawsPerChain * settings.thinning();
        return new Result(McmcDiagnostics.quantile(sorted, 0.5), McmcDiagnostics.quantile(sorted, 0.025),
                McmcDiagnostics.quantile(sorted, 0.975), rhat, ess, chains.length, drawsPerChain, sweeps,
                List.copyOf(warnings), PosteriorHistogram.of(sorted), pooled);
    }

    /**
     * The posterior of a sum over strata. Strata are independent, so adding one draw of each stratum gives a
     * draw of the total; when a stratum's chains were extended and hold more draws, the others' draws are
     * paired with them by relative position (each used equally often). The diagnostics are the worst of the
     * parts.
     *
     * @param parts the strata's results
     * @return the summary of the total
     */
    static Result sum(List<Result> parts) {
        Result first = parts.getFirst();
        int length = parts.stream().mapToInt(p -> p.draws().length).max().orElseThrow();
        double[] draws = new double[length];
        for (Result part : parts) {
            double[] d = part.draws();
            for (int i = 0; i < length; i++) {
                draws[i] += d[(int) ((long) i * d.length / length)];
            }
        }
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        Double rhat = parts.stream().anyMatch(p -> p.rhat() == null) ? null
                : parts.stream().mapToDouble(Result::rhat).max().orElseThrow();
        double ess = parts.stream().mapToDouble(Result::ess).min().orElse(0);
        List<String> warnings = parts.stream().flatMap(p -> p.warnings().stream()).distinct().toList();
        return new Result(McmcDiagnostics.quantile(sorted, 0.5), McmcDiagnostics.quantile(sorted, 0.025),
                McmcDiagnostics.quantile(sorted, 0.975), rhat, ess, first.chains(), length / first.chains(),
                parts.stream().mapToLong(Result::sweepsPerChain).max().orElseThrow(), warnings,
                PosteriorHistogram.of(sorted), draws);
    }
}
