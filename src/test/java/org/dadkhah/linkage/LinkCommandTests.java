package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dadkhah.cli.LinkCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LinkCommandTests {

    private static final Path DIR = Path.of("src/test/resources/linkage");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private Run link(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new LinkCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return new Run(command.execute(args), out.toString(), err.toString());
    }

    @Test
    void deduplicatingAFileWritesPairsAndClustersAndPrintsQualityAgainstTheTruth() throws Exception {
        Path pairs = tmp.resolve("pairs.csv");
        Path clusters = tmp.resolve("clusters.csv");
        Run run = link("--config", DIR.resolve("febrl.yml").toString(), DIR.resolve("febrl_dataset1.csv").toString(),
                "--out", pairs.toString(), "--clusters", clusters.toString(),
                "--truth", DIR.resolve("febrl_dataset1_true_pairs.csv").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("candidates:", "links:", "time:", "precision:", "recall:", "F1:",
                "pair completeness:");
        List<String> pairLines = Files.readAllLines(pairs);
        assertThat(pairLines.getFirst()).isEqualTo("left_id,right_id,weight,probability,decision");
        assertThat(pairLines).hasSizeGreaterThan(400);
        assertThat(pairLines.subList(1, pairLines.size())).allMatch(l -> l.endsWith(",link") || l.endsWith(",review"));
        List<String> clusterLines = Files.readAllLines(clusters);
        assertThat(clusterLines.getFirst()).isEqualTo("record_id,cluster_id");
        assertThat(clusterLines).hasSize(1001);
    }

    @Test
    void linkingTwoFilesPairsEachRecordAtMostOnce() throws Exception {
        List<String> lines = Files.readAllLines(DIR.resolve("febrl_dataset1.csv"));
        Path left = tmp.resolve("left.csv");
        Path right = tmp.resolve("right.csv");
        Files.write(left, java.util.stream.Stream.concat(lines.stream().limit(1),
                lines.stream().skip(1).filter(l -> l.contains("-org"))).toList());
        Files.write(right, java.util.stream.Stream.concat(lines.stream().limit(1),
                lines.stream().skip(1).filter(l -> l.contains("-dup"))).toList());
        Path pairs = tmp.resolve("pairs.csv");
        Run run = link("--config", DIR.resolve("febrl.yml").toString(), left.toString(), right.toString(),
                "--out", pairs.toString(), "--clusters", tmp.resolve("clusters.csv").toString(),
                "--truth", DIR.resolve("febrl_dataset1_true_pairs.csv").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String[]> links = Files.readAllLines(pairs).stream().skip(1).map(l -> l.split(","))
                .filter(f -> f[4].equals("link")).toList();
        assertThat(links.stream().map(f -> f[0]).distinct().count()).isEqualTo(links.size());
        assertThat(links.stream().map(f -> f[1]).distinct().count()).isEqualTo(links.size());
        double f1 = Double.parseDouble(run.out().replaceAll("(?s).*F1: ([0-9.]+).*", "$1"));
        assertThat(f1).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void aConfigNamingAMissingColumnIsAClearError() throws Exception {
        Path config = tmp.resolve("bad.yml");
        Files.writeString(config, "id: rec_id\nfields:\n  nickname: given_name\n");
        Run run = link("--config", config.toString(), DIR.resolve("febrl_dataset1.csv").toString(),
                "--out", tmp.resolve("p.csv").toString(), "--clusters", tmp.resolve("c.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no column 'nickname'").doesNotContain("Exception");
        Files.writeString(config, "id: rec_id\nfields:\n  surname: nickname\n");
        run = link("--config", config.toString(), DIR.resolve("febrl_dataset1.csv").toString(),
                "--out", tmp.resolve("p.csv").toString(), "--clusters", tmp.resolve("c.csv").toString());
        assertThat(run.err()).contains("unknown comparator 'nickname'");
    }
}
