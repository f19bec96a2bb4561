package org.dadkhah.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.dadkhah.search.IndexRebuild;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code dadkhah reindex}: rebuilds the search index from the database into a new generation beside the one in
 * use, then switches to it; a running server keeps serving from the old one meanwhile and follows within seconds.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database (can run while the server serves).")
class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Contexts.offline()) {
            ProgressBar bar = new ProgressBar(System.err);
            long started = System.nanoTime();
            long count = context.getBean(IndexRebuild.class).rebuild(bar::show);
            bar.done();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Indexed %,d records in %.1f s (%,.0f records/s); the new index is in use%n", count,
                    seconds, count / Math.max(seconds, 1e-9));
        }
        return 0;
    }

    /** A one-line progress bar, redrawn at most five times a second. */
    static final class ProgressBar {

        private static final int WIDTH = 30;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private long lastDrawn;

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        void show(long done, long total) {
            long now = System.nanoTime();
            if (done < total && now - lastDrawn < 200_000_000L) {
                return;
            }
            lastDrawn = now;
            out.print("\r" + line(done, total, (now - started) / 1e9));
            out.flush();
        }

        void done() {
            out.println();
        }

        static String line(long done, long total, double seconds) {
            double share = total == 0 ? 1 : Math.min(1, (double) done / total);
            int filled = (int) Math.round(share * WIDTH);
            return String.format("[%s%s] %3d%%  %,d / %,d  %,.0f/s", "#".repeat(filled), "-".repeat(WIDTH - filled),
                    Math.round(share * 100), done, total, seconds > 0 ? done / seconds : 0);
        }
    }
}
