package org.dadkhah.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dadkhah.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Audit log tasks. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log.", subcommands = {AuditCommand.Verify.class, AuditCommand.ResetAnchor.class})
class AuditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the keyed hash chain and compare its end with the anchor file; report the first entry "
                    + "that was altered, removed or reordered, or entries removed from the end.")
    static class Verify implements Callable<Integer> {

        @Option(names = "--anchor", paramLabel = "FILE",
                description = "Check against this copy of the anchor (e.g. one kept off the machine) instead of "
                        + "DADKHAH_HOME/keys/audit-anchor.")
        @Nullable Path anchorCopy;

        @Override
        public Integer call() {
            if (anchorCopy != null && !Files.isRegularFile(anchorCopy)) {
                System.err.println("No anchor file at " + anchorCopy);
                return 2;
            }
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                AuditLog log = context.getBean(AuditLog.class);
                AuditLog.Verification v = anchorCopy == null ? log.verify() : log.verify(anchorCopy);
                if (v.intact()) {
                    System.out.println("Audit log intact: " + v.entries() + " entries verified");
                    System.out.println("Anchor: " + v.anchor());
                    return 0;
                }
                System.out.println("Audit log BROKEN" + (v.firstBad() == null ? "" : " at entry " + v.firstBad()) + ": "
                        + v.problem());
                System.out.println("Anchor: " + v.anchor());
                return 1;
            }
        }
    }

    @Command(name = "reset-anchor", mixinStandardHelpOptions = true,
            description = "After restoring the database from a backup older than the anchor (or losing the anchor "
                    + "with no copy left): verify the chain itself, then make its current end the anchor.")
    static class ResetAnchor implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                AuditLog.Verification v = context.getBean(AuditLog.class).resetAnchor();
                if (v.intact()) {
                    System.out.println("Audit log chain intact: " + v.entries() + " entries verified");
                    System.out.println("Anchor: " + v.anchor());
                    return 0;
                }
                System.out.println("Audit log BROKEN at entry " + v.firstBad() + ": " + v.problem()
                        + " (anchor not reset)");
                return 1;
            }
        }
    }
}
