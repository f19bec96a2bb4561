package org.dadkhah.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing.
 * <ul>
 * <li>Per account: the 5th failure locks the account for 30 s, each further failure doubles the lock, up to an
 * hour. A success clears the account's count.</li>
 * <li>Per address: from the 20th failure on, the address is locked the same way (30 s, doubling, up to an hour),
 * but only for the account names that failed from it. Made-up names tried from an office's shared address thus
 * cannot keep its real users out, while a guesser there gets one try per name until the lock ends.</li>
 * </ul>
 * Unknown names are counted exactly as real ones, so a lock tells nothing about whether an account exists. Counts
 * are forgotten a day after their last failure. Refused attempts do not count.
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final Duration MEMORY = Duration.ofDays(1);
    private static final int SWEEP_EVERY = 1000;

    /** Failures of one account or from one address, with the names that failed (kept for addresses only). */
    private static final class Tally {
        int count;
        Instant last = Instant.EPOCH;
        Instant lockedUntil = Instant.EPOCH;
        final Set<String> usernames = new HashSet<>();
    }

    private final Map<String, Tally> accounts = new HashMap<>();
    private final Map<String, Tally> addresses = new HashMap<>();
    private final Clock clock;
    private int sinceSweep;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether attempts for this account from this address are refused right now. */
    public synchronized boolean blocked(String username, String address) {
        Instant now = clock.instant();
        Tally account = accounts.get(username);
        Tally from = addresses.get(address);
        return account != null && account.lockedUntil.isAfter(now)
                || from != null && from.lockedUntil.isAfter(now) && from.usernames.contains(username);
    }

    /** Counts a failed attempt for this account from this address. */
    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        count(accounts, username, ACCOUNT_LIMIT, now);
        count(addresses, address, ADDRESS_LIMIT, now).usernames.add(username);
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            accounts.values().removeIf(t -> forgotten(t, now));
            addresses.values().removeIf(t -> forgotten(t, now));
        }
    }

    /** Clears the account's failures after a correct login from this address. */
    public synchronized void succeeded(String username, String address) {
        accounts.remove(username);
        Tally from = addresses.get(address);
        if (from != null) {
            from.usernames.remove(username);
        }
    }

    /** How long the lock lasts after {@code count} failures when {@code limit} failures lock. */
    static Duration lockAfter(int count, int limit) {
        if (count < limit) {
            return Duration.ZERO;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(count - limit, 20));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static Tally count(Map<String, Tally> tallies, String key, int limit, Instant now) {
        Tally tally = tallies.get(key);
        if (tally == null || forgotten(tally, now)) {
            tally = new Tally();
            tallies.put(key, tally);
        }
        tally.count++;
        tally.last = now;
        tally.lockedUntil = now.plus(lockAfter(tally.count, limit));
        return tally;
    }

    private static boolean forgotten(Tally tally, Instant now) {
        return tally.last.plus(MEMORY).isBefore(now) && !tally.lockedUntil.isAfter(now);
    }
}
