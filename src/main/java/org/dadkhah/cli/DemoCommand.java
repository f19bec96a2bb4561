package org.dadkhah.cli;

import java.util.concurrent.Callable;
import org.dadkhah.importing.DemoData;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Demo data tasks. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Demo data.", subcommands = DemoCommand.Load.class)
class DemoCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load the demo data set (idempotent: a second load changes nothing).")
    static class Load implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                DemoData.Result result = context.getBean(DemoData.class).load();
                System.out.println("Demo data: " + result.created() + " records created, " + result.unchanged()
                        + " already present");
            }
            return 0;
        }
    }
}
