package org.dadkhah.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's superuser password, kept in a file readable by its owner only (mode 600). The file is
 * created once, complete or not at all, so that two processes starting together cannot end up with two passwords.
 * The password itself is never logged.
 */
final class PasswordFile {

    private static final Logger log = LoggerFactory.getLogger(PasswordFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom random = new SecureRandom();

    private PasswordFile() {
    }

    /** The password in {@code file}, creating the file with a new random password when it does not exist. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            restrictToOwner(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The database password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path draft = Files.createTempFile(dir, ".pg-password", ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(draft, password + "\n", StandardCharsets.UTF_8);
            Files.createLink(file, draft);
            log.info("Created the embedded database's password file {}", file);
        } catch (FileAlreadyExistsException e) {
            log.debug("Another process created {} first", file);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            log.warn("The database password file {} was readable by others; it is now readable by its owner only", file);
        }
    }
}
