package org.dadkhah.security;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Encrypts sensitive fields and files (AES-256-GCM through Google Tink) with a keyset kept in a file outside the
 * database ({@code DADKHAH_HOME/keys/keyset.json}, permissions 600), created on first use. The associated data
 * binds each ciphertext to where it is stored, so a value cannot be moved to another column unnoticed.
 */
public final class Sealer {

    private static final String PREFIX = "tink1:";
    private static final String BOUND_PREFIX = "tink2:";
    private static final String ADDRESS_KEY = "recording-address.key";

    private final Path keyFile;
    private volatile Aead aead;
    private volatile long loadedAt;

    private Sealer(Path keyFile, Aead aead) {
        this.keyFile = keyFile;
        this.aead = aead;
        this.loadedAt = modified(keyFile);
    }

    /**
     * The current primitive, reloaded when the key file changed (a {@code keys rotate} run by another process, such
     * as the command line beside a running server).
     */
    private Aead aead() {
        long modified = modified(keyFile);
        if (modified != loadedAt) {
            synchronized (this) {
                if (modified != loadedAt) {
                    try {
                        aead = load(keyFile);
                        loadedAt = modified;
                    } catch (IOException | GeneralSecurityException e) {
                        throw new IllegalStateException("The key file " + keyFile + " changed and cannot be read", e);
                    }
                }
            }
        }
        return aead;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            throw new MissingKeyException(file);
        }
    }

    /** Opens the keyset in {@code keys}, creating it when {@code create} and none exists. */
    public static Sealer open(Path keys, boolean create) {
        Path file = keys.resolve("keyset.json");
        try {
            AeadConfig.register();
            if (!Files.exists(file)) {
                if (!create) {
                    throw new MissingKeyException(file);
                }
                Files.createDirectories(keys);
                KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                write(file, handle);
            }
            return new Sealer(file, load(file));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key file " + file + " cannot be read as a Tink keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    /** Encrypts {@code plaintext} for the place {@code context} (e.g. {@code testimony.transcript}). */
    public String seal(String plaintext, String context) {
        try {
            byte[] ct = aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /**
     * Encrypts {@code plaintext} bound to one record ({@code context} names table, column and record id): the value
     * then opens only for that record, so a ciphertext copied elsewhere cannot be replayed.
     */
    public String sealBound(String plaintext, String context) {
        return BOUND_PREFIX + seal(plaintext, context).substring(PREFIX.length());
    }

    /** Whether a sealed value was sealed with {@link #sealBound} (its context names the record). */
    public static boolean isBound(String sealed) {
        return sealed.startsWith(BOUND_PREFIX);
    }

    /** Whether a text has the form of a sealed value (of either kind). */
    public static boolean looksSealed(String text) {
        return text.startsWith(PREFIX) || text.startsWith(BOUND_PREFIX);
    }

    /** Decrypts a value sealed for {@code context}; fails clearly (never garbage) with a wrong or missing key. */
    public String open(String sealed, String context) {
        if (!looksSealed(sealed)) {
            throw new IllegalStateException("A sealed value is not in the expected format");
        }
        try {
            byte[] pt = aead().decrypt(Base64.getDecoder().decode(sealed.substring(PREFIX.length())),
                    context.getBytes(StandardCharsets.UTF_8));
            return new String(pt, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new WrongKeyException();
        }
    }

    /** Encrypts bytes (files). */
    public byte[] sealBytes(byte[] plaintext, String context) {
        try {
            return aead().encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts bytes (files). */
    public byte[] openBytes(byte[] ciphertext, String context) {
        try {
            return aead().decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new WrongKeyException();
        }
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of {@code content} with a key kept beside the keyset
     * ({@code recording-address.key}, created on first use): an address for encrypted files that no one without the
     * key can compute, so an upload of known bytes cannot probe whether they are stored.
     */
    public String keyedHash(byte[] content) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(addressKey(), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Keyed hash failed", e);
        }
    }

    private synchronized byte[] addressKey() {
        Path file = keyFile.resolveSibling(ADDRESS_KEY);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Path next = keyFile.resolveSibling(ADDRESS_KEY + ".new");
                Files.deleteIfExists(next);
                Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(next, key);
                Files.move(next, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    /** Adds a new primary key; older keys stay in the keyset to decrypt what they sealed until it is re-sealed. */
    public synchronized void rotate() {
        try {
            KeysetHandle current = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keyFile), InsecureSecretKeyAccess.get());
            KeysetHandle rotated = KeysetHandle.newBuilder(current)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            Path next = keyFile.resolveSibling("keyset.json.new");
            write(next, rotated);
            Files.move(next, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            aead = load(keyFile);
            loadedAt = modified(keyFile);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key rotation failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many keys the keyset holds. */
    public int keyCount() {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keyFile), InsecureSecretKeyAccess.get()).size();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Aead load(Path file) throws IOException, GeneralSecurityException {
        KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static void write(Path file, KeysetHandle handle) throws IOException, GeneralSecurityException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
    }

    /** The key file is missing although sealed data may exist. */
    public static final class MissingKeyException extends IllegalStateException {

        MissingKeyException(Path file) {
            super("The encryption key file " + file + " is missing. Sealed data cannot be read without it: restore it "
                    + "from your key backup (see README, Security model).");
        }
    }

    /** The key does not open a sealed value: it is not the key that sealed it. */
    public static final class WrongKeyException extends IllegalStateException {

        WrongKeyException() {
            super("A sealed value cannot be decrypted with the configured key file (wrong or replaced key)");
        }
    }
}
