package org.dadkhah.cli;

import java.util.concurrent.Callable;
import org.dadkhah.audit.AuditLog;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Audit log tasks. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log.", subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the hash chain and report the first entry that was altered, removed or reordered.")
    static class Verify implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.offline()) {
                AuditLog.Verification v = context.getBean(AuditLog.class).verify();
                if (v.intact()) {
                    System.out.println("Audit log intact: " + v.entries() + " entries verified");
                    return 0;
                }
                System.out.println("Audit log BROKEN at entry " + v.firstBad() + ": " + v.problem());
                return 1;
            }
        }
    }
}
