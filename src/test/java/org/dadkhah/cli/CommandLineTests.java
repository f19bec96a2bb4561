package org.dadkhah.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import picocli.CommandLine;

/** The operator's commands, run as `./dadkhah ...` runs them, against the test database. */
class CommandLineTests extends ApiTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new DadkhahCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Logs in at /login and opens the home page; returns where it was sent (null when the page was served). */
    private String homePageAfterLogin(String username, String password) throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession()))
                .andReturn().getResponse().getRedirectedUrl();
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
    void anOperatorSetsANewPasswordAndTheAccountNeedNotChangeItAtLogin() throws Exception {
        accounts.create("cli-temporary", Role.EDITOR, "a temporary password", true);
        assertThat(homePageAfterLogin("cli-temporary", "a temporary password")).isEqualTo("/account/password");
        Path password = Files.writeString(dir.resolve("new"), "a password the operator set\n");
        Run set = run("user", "password", "--username", "cli-temporary", "--password-file", password.toString());
        assertThat(set.exit()).isZero();
        assertThat(set.out()).contains("cli-temporary").doesNotContain("a password the operator set");
        assertThat(homePageAfterLogin("cli-temporary", "a password the operator set")).isNull();
    }

    @Test
    void settingAPasswordForAnUnknownAccountOrAShortOneFailsWithExitCode1() throws Exception {
        Path good = Files.writeString(dir.resolve("good"), "a long enough password\n");
        Run unknown = run("user", "password", "--username", "cli-nobody", "--password-file", good.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No account cli-nobody");
        accounts.create("cli-short-new", Role.VIEWER, "a long enough password");
        Path tooShort = Files.writeString(dir.resolve("too-short"), "short\n");
        Run refused = run("user", "password", "--username", "cli-short-new", "--password-file", tooShort.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("at least 12 characters");
        Run missing = run("user", "password", "--username", "cli-short-new", "--password-file",
                dir.resolve("absent").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot read").doesNotContain("Exception");
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
