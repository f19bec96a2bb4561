package org.dadkhah.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failures for one account or 20 from one address, further attempts are
 * refused for a period that doubles with each failure (up to an hour). A success clears the account's count.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether attempts for this account from this address are refused right now. */
    public boolean blocked(String username, String address) {
        Instant now = clock.instant();
        return lockedAt("user:" + username, now) || lockedAt("addr:" + address, now);
    }

    public void failed(String username, String address) {
        record("user:" + username, 5);
        record("addr:" + address, 20);
    }

    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private boolean lockedAt(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil().isAfter(now);
    }

    private void record(String key, int allowed) {
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant until = Instant.EPOCH;
            if (count >= allowed) {
                long seconds = Math.min(3600, 1L << Math.min(12, count - allowed + 1));
                until = clock.instant().plus(Duration.ofSeconds(seconds));
            }
            return new Failures(count, until);
        });
    }
}
