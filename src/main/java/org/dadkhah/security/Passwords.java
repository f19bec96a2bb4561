package org.dadkhah.security;

import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id password hashing. A check always runs one Argon2 verification: against the account's hash, or, when there
 * is no such (enabled) account, against a fixed hash made once at start, so that a made-up name answers as slowly as
 * a real one.
 */
@Component
class Passwords {

    /** The shortest password accepted. */
    static final int MIN_LENGTH = 12;

    private final PasswordEncoder encoder;
    private final String dummyHash;

    Passwords() {
        this(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    }

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.dummyHash = encoder.encode(Accounts.randomPassword());
    }

    /** The hash to store for a new password. */
    String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether {@code password} matches {@code hash}; false without a hash, after the same work. */
    boolean matches(Optional<String> hash, String password) {
        boolean matches = encoder.matches(password, hash.orElse(dummyHash));
        return hash.isPresent() && matches;
    }

    /** Fails with the reason when a new password is refused. */
    static void requireStrong(String password) {
        weakness(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Why a new password is refused, if it is. */
    static Optional<String> weakness(String password) {
        return password.length() < MIN_LENGTH
                ? Optional.of("The password must have at least " + MIN_LENGTH + " characters")
                : Optional.empty();
    }
}
