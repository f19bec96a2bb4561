package org.dadkhah.security;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;

/** The caller of the current request or command. */
public final class CurrentCaller {

    private static final ThreadLocal<Caller> commandLine = new ThreadLocal<>();

    private CurrentCaller() {
    }

    /** The authenticated caller, if any. */
    public static Optional<Caller> get() {
        Caller cli = commandLine.get();
        if (cli != null) {
            return Optional.of(cli);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /** The authenticated caller; fails when nobody is authenticated. */
    public static Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
    }

    /** The authenticated caller of an HTTP request; answers 401 when there is none. */
    public static Caller orUnauthorized() {
        return get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    /** Runs {@code action} as {@code caller} (command-line use). */
    public static void runAs(Caller caller, Runnable action) {
        Caller previous = commandLine.get();
        commandLine.set(caller);
        try {
            action.run();
        } finally {
            if (previous == null) {
                commandLine.remove();
            } else {
                commandLine.set(previous);
            }
        }
    }
}
