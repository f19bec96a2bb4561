package org.dadkhah.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dadkhah.importing.RecordExport;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dadkhah export TYPE --format csv|jsonl [--filter FIELD=VALUE]...}: exports records as the API lists them. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the records of a type (persons, acts, ...) that match the filters, as CSV or JSON Lines.")
class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TYPE", description = "persons, acts, places, sources, ...")
    private String type = "";

    @Option(names = "--format", defaultValue = "csv", description = "csv|jsonl (default: csv)")
    private String format = "csv";

    @Option(names = "--filter", paramLabel = "FIELD=VALUE", description = "a list filter, as in the API (repeatable)")
    private List<String> filters = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "write here instead of standard output")
    private @Nullable Path output;

    @Option(names = "--user", paramLabel = "U", description = "export as this account sees (default: the operator)")
    private @Nullable String user;

    @Override
    public Integer call() throws IOException {
        RecordExport.Format chosen;
        try {
            chosen = RecordExport.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("--format: must be csv or jsonl");
            return 1;
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        for (String filter : filters) {
            int eq = filter.indexOf('=');
            if (eq < 1) {
                System.err.println("--filter: give FIELD=VALUE, not " + filter);
                return 1;
            }
            criteria.put(filter.substring(0, eq), filter.substring(eq + 1));
        }
        try (ConfigurableApplicationContext context = Contexts.offline()) {
            Caller caller = ImportCommand.Callers.of(context, user);
            if (caller == null) {
                System.err.println("No enabled account " + user);
                return 1;
            }
            RecordType recordType = context.getBean(RecordTypes.class).byPath(type).orElse(null);
            if (recordType == null) {
                System.err.println("Unknown type " + type);
                return 1;
            }
            try (OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
                long count = context.getBean(RecordExport.class).export(recordType, criteria, chosen, caller, out);
                if (output != null) {
                    System.out.println("Exported " + count + " " + type + " to " + output);
                }
            }
            return 0;
        } catch (InvalidRecordException e) {
            e.problems().forEach(p -> System.err.println(p.field() + ": " + p.message()));
            return 1;
        } catch (RecordNotFoundException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** Standard output, flushed but never closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
