package org.dadkhah.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dadkhah.importing.ImportReport;
import org.dadkhah.importing.ListImport;
import org.dadkhah.importing.ListMapping;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dadkhah import FILE --mapping MAPPING.yml}: imports a list of victims from a CSV or XLSX file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a list (CSV or XLSX) as its mapping describes; prints one line per problem and a "
                + "summary; with any error stores nothing and exits 1.")
class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the list: CSV (UTF-8, UTF-16 with BOM, Windows-1256) or XLSX")
    private Path file = Path.of("");

    @Option(names = "--mapping", required = true, paramLabel = "MAPPING.yml", description = "what a row is")
    private Path mapping = Path.of("");

    @Option(names = "--dry-run", description = "check and report, store nothing")
    private boolean dryRun;

    @Option(names = "--encoding", paramLabel = "E", description = "force the CSV encoding (e.g. UTF-8, windows-1256)")
    private @Nullable String encoding;

    @Option(names = "--user", paramLabel = "U", description = "import as this account (default: the operator)")
    private @Nullable String user;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isRegularFile(mapping)) {
            System.err.println("No such file: " + (Files.isRegularFile(file) ? mapping : file));
            return 1;
        }
        String yaml = Files.readString(mapping, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = Contexts.offline()) {
            Caller caller = Callers.of(context, user);
            if (caller == null) {
                System.err.println("No enabled account " + user);
                return 1;
            }
            ImportReport report = context.getBean(ListImport.class).run(file, file.getFileName().toString(), yaml,
                    dryRun, encoding, caller);
            System.out.print(report.text());
            System.out.flush();
            return report.failed() ? 1 : 0;
        } catch (ListMapping.InvalidMappingException e) {
            System.err.println("mapping: " + e.getMessage());
            return 1;
        } catch (ListImport.UnknownEncodingException e) {
            System.err.println("--encoding: " + e.getMessage());
            return 1;
        }
    }

    /** The caller a command acts as. */
    static final class Callers {
        private Callers() {
        }

        static @Nullable Caller of(ConfigurableApplicationContext context, @Nullable String user) {
            if (user == null) {
                return Caller.OPERATOR;
            }
            return context.getBean(Accounts.class).byUsername(user).orElse(null);
        }
    }
}
