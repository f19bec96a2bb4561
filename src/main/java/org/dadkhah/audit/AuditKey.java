package org.dadkhah.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The secret that keys the audit chain: 32 random bytes in {@code DADKHAH_HOME/keys/audit-hmac.key} (permissions
 * 600), never in the database. Without it, nobody who can only write to the database can compute a valid entry.
 */
final class AuditKey {

    static final String FILE = "audit-hmac.key";
    private static final int LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final Path file;
    private volatile byte @Nullable [] key;

    AuditKey(Path keysDir) {
        this.file = keysDir.resolve(FILE);
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return key != null || Files.exists(file);
    }

    /** Creates the key file when there is none yet (another process may create it at the same time: one wins). */
    void createIfMissing() {
        if (exists()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(file.getParent(), FILE, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                byte[] bytes = new byte[LENGTH];
                new SecureRandom().nextBytes(bytes);
                Files.write(draft, bytes);
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException lost) {
                // another process created the key first: use theirs
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit key file " + file, e);
        }
    }

    /** The entry hash under this key; fails with {@link MissingAuditKeyException} when the file is missing. */
    String mac(String canonical) {
        return mac(bytes(), canonical);
    }

    /** HMAC-SHA256 of {@code canonical} under {@code key}, as lower-case hex. */
    static String mac(byte[] key, String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private byte[] bytes() {
        byte[] loaded = key;
        if (loaded == null) {
            if (!Files.exists(file)) {
                throw new MissingAuditKeyException(file);
            }
            try {
                loaded = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit key file " + file, e);
            }
            if (loaded.length != LENGTH) {
                throw new IllegalStateException("The audit key file " + file + " does not hold " + LENGTH + " bytes");
            }
            key = loaded;
        }
        return loaded;
    }

    /** The key file is missing although keyed entries exist. */
    static final class MissingAuditKeyException extends IllegalStateException {

        MissingAuditKeyException(Path file) {
            super("The audit key file " + file + " is missing: keyed audit entries can neither be verified nor "
                    + "written. Restore it from your key backup (see README, Security model).");
        }
    }
}
