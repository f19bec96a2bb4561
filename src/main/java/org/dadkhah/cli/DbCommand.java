package org.dadkhah.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;

/** Database tasks. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database tasks.",
        subcommands = DbCommand.Migrate.class)
class DbCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations.")
    static class Migrate implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.migrating()) {
                String version = context.getBean(JdbcClient.class)
                        .sql("select max(version) from flyway_schema_history where success").query(String.class).single();
                System.out.println("The database schema is at version " + version);
            }
            return 0;
        }
    }
}
