package org.dadkhah.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Account tasks. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Accounts.", subcommands = {UserCommand.Create.class, UserCommand.Password.class, UserCommand.TotpOn.class})
class UserCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an account.")
    static class Create implements Callable<Integer> {

        @Option(names = "--username", defaultValue = "admin", description = "Account name (default: ${DEFAULT-VALUE})")
        String username;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(names = "--password-file", description = "File whose first line is the password; without it a random password is printed once")
        Path passwordFile;

        @Option(names = "--group", description = "Groups to add the account to (for per-record sharing)")
        java.util.List<String> groups = java.util.List.of();

        @Override
        public Integer call() throws IOException {
            String password = passwordFile == null ? Accounts.randomPassword() : firstLine(passwordFile);
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                Accounts accounts = context.getBean(Accounts.class);
                try {
                    accounts.create(username, role, password);
                } catch (IllegalArgumentException e) {
                    System.err.println("Error: " + e.getMessage());
                    return 2;
                }
                groups.forEach(g -> accounts.addToGroup(username, g));
            }
            System.out.println("Created account " + username + " with role " + role);
            if (passwordFile == null) {
                System.out.println("One-time password (shown only now): " + password);
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a new password for an account (it need not be changed again at the next login).")
    static class Password implements Callable<Integer> {

        @Option(names = "--username", required = true, description = "Account name")
        String username;

        @Option(names = "--password-file", required = true, description = "File whose first line is the new password")
        Path passwordFile;

        @Override
        public Integer call() {
            String password;
            try {
                password = firstLine(passwordFile);
            } catch (IOException e) {
                System.err.println("Error: cannot read the password file " + passwordFile);
                return 1;
            }
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                context.getBean(Accounts.class).setPassword(username, password);
            } catch (IllegalArgumentException e) {
                System.err.println("Error: " + e.getMessage());
                return 1;
            }
            System.out.println("New password set for " + username);
            return 0;
        }
    }

    /** The first line of a password file, without surrounding blanks. */
    static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    }

    @Command(name = "totp", mixinStandardHelpOptions = true,
            description = "Turn on the TOTP second factor for an account and print the otpauth URI to scan.")
    static class TotpOn implements Callable<Integer> {

        @Option(names = "--username", required = true, description = "Account name")
        String username;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                String uri = context.getBean(Accounts.class).enableTotp(username);
                System.out.println("Second factor on for " + username + ". Scan this into an authenticator app:");
                System.out.println(uri);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("Error: " + e.getMessage());
                return 2;
            }
        }
    }
}
