package org.dadkhah.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The head of the audit chain kept outside the database, in {@code DADKHAH_HOME/keys/audit-anchor}: which database
 * it belongs to (PostgreSQL's system identifier), the entry from which the chain is keyed, and the last entry's
 * sequence number and hash. Someone who can only write to the database cannot move it back, so entries removed
 * from the end of the log, or a log rewritten from some entry on, no longer match it.
 *
 * <p>It is written after each append commits, atomically (a new file moved over the old one), and only forward:
 * a head with a lower sequence number never replaces a higher one of the same database.
 */
final class AuditAnchor {

    static final String FILE = "audit-anchor";
    private static final Object IN_PROCESS = new Object();

    private final Path file;

    AuditAnchor(Path keysDir) {
        this.file = keysDir.resolve(FILE);
    }

    /** The chain's head as recorded: the database it belongs to, where keying starts, the last entry. */
    record Head(String database, long keyedFrom, long seq, String hash) {
    }

    Path file() {
        return file;
    }

    Optional<Head> read() {
        return read(file);
    }

    /** Reads an anchor file (this installation's or a copy kept elsewhere); empty when there is none. */
    static Optional<Head> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor " + file, e);
        }
        try {
            Head head = new Head(p.getProperty("database", ""), Long.parseLong(p.getProperty("keyed-from")),
                    Long.parseLong(p.getProperty("seq")), p.getProperty("hash", ""));
            if (head.keyedFrom() >= 1 && head.seq() >= head.keyedFrom() && head.hash().length() == 64) {
                return Optional.of(head);
            }
        } catch (RuntimeException e) {
            throw malformed(file, e);
        }
        throw malformed(file, null);
    }

    private static IllegalStateException malformed(Path file, @Nullable Exception cause) {
        return new IllegalStateException("The audit anchor " + file + " is not in the expected format", cause);
    }

    /**
     * Records {@code head} unless the file already holds the same database at the same or a later entry. Serialised
     * within the process and, through a lock file, with other processes using the same keys folder.
     */
    void advance(Head head) {
        write(head, true);
    }

    /** Records {@code head} whatever the file holds (an operator's reset after restoring the database). */
    void replace(Head head) {
        write(head, false);
    }

    private void write(Head head, boolean onlyForward) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel lock = FileChannel.open(file.resolveSibling(FILE + ".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                    Optional<Head> current = read();
                    if (onlyForward && current.isPresent() && current.get().database().equals(head.database())
                            && current.get().seq() >= head.seq()) {
                        return;
                    }
                    Path draft = Files.createTempFile(file.getParent(), FILE, ".new");
                    try {
                        Files.writeString(draft, format(head));
                        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(draft);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the audit anchor " + file, e);
            }
        }
    }

    private static String format(Head head) {
        return """
                # Dadkhah audit anchor: the last audit entry written. Do not edit; keep copies off this machine.
                database=%s
                keyed-from=%d
                seq=%d
                hash=%s
                """.formatted(head.database(), head.keyedFrom(), head.seq(), head.hash());
    }
}
