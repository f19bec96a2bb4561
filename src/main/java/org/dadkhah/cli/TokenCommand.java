package org.dadkhah.cli;

import java.util.concurrent.Callable;
import org.dadkhah.security.Accounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** API token tasks. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class})
class TokenCommand implements Runnable {

    /** What a token allows. */
    enum Scope { read, write }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API token; the token is printed on the last line.")
    static class Create implements Callable<Integer> {

        @Option(names = "--user", required = true, description = "Account name")
        String user;

        @Option(names = "--scope", defaultValue = "read", description = "read or write (default: ${DEFAULT-VALUE})")
        Scope scope;

        @Override
        public Integer call() {
            String token;
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                token = context.getBean(Accounts.class).issueToken(user, scope == Scope.write);
            } catch (IllegalArgumentException e) {
                System.err.println("Error: " + e.getMessage());
                return 2;
            }
            System.out.println("Token for " + user + " (" + scope + "); it is shown only now:");
            System.out.println(token);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token.")
    static class Revoke implements Callable<Integer> {

        @Option(names = "--token", required = true, description = "The token to revoke")
        String token;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                boolean revoked = context.getBean(Accounts.class).revokeToken(token);
                System.out.println(revoked ? "Revoked" : "No such active token");
                return revoked ? 0 : 1;
            }
        }
    }
}
