package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EstimateCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EstimateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonOutputHasTheContractedFields() {
        Run r = run("src/test/resources/estimate/seber-1982-p107.csv", "--method", "chapman", "--json");
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("observed").asLong()).isEqualTo(1202);
        assertThat(root.get("lists").size()).isEqualTo(2);
        JsonNode chapman = root.get("results").get(1);
        for (String field : new String[] {"method", "model", "observed", "estimate", "lower95", "upper95"}) {
            assertThat(chapman.has(field)).as(field).isTrue();
        }
        assertThat(chapman.get("method").asString()).isEqualTo("chapman");
    }

    @Test
    void logLinearJsonListsEveryModelWithItsFitStatistics() {
        Run r = run("src/test/resources/estimate/diabetes-bruno-1994.csv", "--method", "loglinear", "--json",
                "--criterion", "bic");
        JsonNode models = JsonMapper.builder().build().readTree(r.out()).get("results").get(0).get("models");
        assertThat(models.size()).isEqualTo(113 + 11);
        for (String field : new String[] {"model", "estimate", "stderr", "deviance", "df", "aic", "bic", "lower95",
            "upper95"}) {
            assertThat(models.get(0).has(field)).as(field).isTrue();
        }
    }

    @Test
    void badTableExitsWithTwoAndAOneLineError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,count\n0,0,4\n1,1,2\n");
        Run r = run(bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("on no list").doesNotContain("Exception");
    }

    @Test
    void lcmcrSettingsCanBeGivenOnTheCommandLine() {
        Run r = run("src/test/resources/estimate/kosovo-ball-2002.csv", "--method", "lcmcr", "--chains", "2",
                "--burn-in", "100", "--samples", "50", "--thinning", "2", "--max-samples", "50", "--classes", "3",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode diagnostics = JsonMapper.builder().build().readTree(r.out()).get("results").get(0)
                .get("diagnostics");
        assertThat(diagnostics.get("chains").asInt()).isEqualTo(2);
        assertThat(diagnostics.get("drawsPerChain").asInt()).isEqualTo(50);
        assertThat(diagnostics.get("sweepsPerChain").asLong()).isEqualTo(200);
        assertThat(run("src/test/resources/estimate/kosovo-ball-2002.csv", "--samples", "50", "--max-samples", "10")
                .code()).isEqualTo(EstimateCommand.BAD_TABLE);
    }

    @Test
    void withOneChainRhatIsNotComputedAndConvergenceIsJudgedByTheEffectiveSampleSizeAlone() {
        String[] args = {"src/test/resources/estimate/kosovo-ball-2002.csv", "--method", "lcmcr", "--chains", "1",
            "--burn-in", "200", "--samples", "100", "--thinning", "2", "--max-samples", "100", "--classes", "3"};
        Run table = run(args);
        assertThat(table.out()).contains("R-hat not computed (one chain): convergence is judged by the effective "
                + "sample size").doesNotContain("NaN").doesNotContain("have not converged");
        String[] json = java.util.Arrays.copyOf(args, args.length + 1);
        json[args.length] = "--json";
        JsonNode lcmcr = JsonMapper.builder().build().readTree(run(json).out()).get("results").get(0);
        assertThat(lcmcr.get("diagnostics").get("rhat").isNull()).isTrue();
        assertThat(lcmcr.get("warnings").toString()).doesNotContain("R-hat");
    }

    @Test
    void chapmanShowsTheLogNormalAndTheWaldIntervals() {
        Run r = run("src/test/resources/estimate/seber-1982-p107.csv", "--method", "chapman", "--json");
        JsonNode chapman = JsonMapper.builder().build().readTree(r.out()).get("results").get(1);
        JsonNode intervals = chapman.get("intervals");
        assertThat(intervals.get(0).get("kind").asString()).isEqualTo("log-normal");
        assertThat(intervals.get(1).get("kind").asString()).isEqualTo("wald");
        assertThat(chapman.get("lower95").asDouble()).isEqualTo(intervals.get(0).get("lower95").asDouble());
        assertThat(run("src/test/resources/estimate/seber-1982-p107.csv", "--method", "chapman").out())
                .contains("interval log-normal: 2155.7 to 2663.9").contains("interval wald: 2129.9 to 2635.7");
    }

    @Test
    void humanReadableOutputIsATable() {
        Run r = run("src/test/resources/estimate/seber-1982-p107.csv", "--method", "loglinear");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Observed: 1202").contains("loglinear");
    }
}
