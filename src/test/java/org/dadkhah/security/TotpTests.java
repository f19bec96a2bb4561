package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 appendix B: secret "12345678901234567890" (base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ), SHA-1. */
    @Test
    void codesMatchTheRfc6238TestVectors() {
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertThat(Totp.code(secret, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(secret, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(secret, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = now.getEpochSecond() / 30;
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, step + 2), now)).isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
    }
}
