package org.dadkhah.records;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUIDs (version 7), so that keyset pagination by id follows creation order. */
public final class Ids {

    private static final SecureRandom random = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0fffL);
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
