package org.dadkhah.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operator's commands, run as `./dadkhah ...` runs them, against the test database. */
class CommandLineTests extends ApiTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new DadkhahCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void anOperatorCreatesAnAccountAndATokenThatTheApiAccepts() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), "a password for scripts\n");
        Run user = run("user", "create", "--username", "cli-analyst", "--role", "analyst", "--password-file",
                password.toString());
        assertThat(user.exit()).isZero();
        assertThat(user.out()).doesNotContain("a password for scripts");

        Run token = run("token", "create", "--user", "cli-analyst", "--scope", "read");
        assertThat(token.exit()).isZero();
        String[] lines = token.out().strip().split("\\R");
        String last = lines[lines.length - 1];
        assertThat(last).startsWith("dk_");
        assertThat(getJson("/api/v1/persons?limit=1", last).status()).isEqualTo(200);
    }

    @Test
    void aShortPasswordOrATakenNameIsRefusedWithExitCode2() throws Exception {
        Path shortPassword = Files.writeString(dir.resolve("short"), "short\n");
        assertThat(run("user", "create", "--username", "cli-short", "--role", "viewer", "--password-file",
                shortPassword.toString()).exit()).isEqualTo(2);
        assertThat(run("token", "create", "--user", "nobody-at-all", "--scope", "read").exit()).isEqualTo(2);
    }

    @Test
    void auditVerifyPassesOnAnUntouchedLog() {
        Run verify = run("audit", "verify");
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("intact");
    }

    @Test
    void helpAndVersionAnswerWithoutADatabase() {
        assertThat(run("--version").out()).contains("Dadkhah");
        assertThat(run("--help").out()).contains("serve").contains("demo").contains("db").contains("estimate");
    }
}
