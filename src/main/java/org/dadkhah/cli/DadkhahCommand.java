package org.dadkhah.cli;

import org.dadkhah.estimate.EstimateCommand;
import picocli.CommandLine.Command;

/** The top-level {@code dadkhah} command. */
@Command(name = "dadkhah", mixinStandardHelpOptions = true, version = "Dadkhah 0.1.0",
        description = "Documentation and accountability for political prisoners and mass atrocities.",
        subcommands = {ServeCommand.class, DemoCommand.class, DbCommand.class, UserCommand.class, TokenCommand.class,
                AuditCommand.class, KeysCommand.class, EstimateCommand.class, LinkCommand.class, ReindexCommand.class,
                BenchLoadCommand.class, ImportCommand.class, ExportCommand.class, BenchImportCommand.class,
                BenchSearchCommand.class, BenchSearchQualityCommand.class})
public class DadkhahCommand implements Runnable {

    private static volatile boolean serving;

    /** Whether a command left the server running (so the JVM must not exit). */
    public static boolean keepsRunning() {
        return serving;
    }

    static void markServing() {
        serving = true;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
