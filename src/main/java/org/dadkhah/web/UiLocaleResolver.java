package org.dadkhah.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language: the account's remembered choice (kept in the session once read, as is its absence), else
 * {@code ?lang=} on the login page, else the best of English and Persian in {@code Accept-Language}, else English.
 * Also says whether the account chose Persian digits.
 */
class UiLocaleResolver implements LocaleResolver {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, PERSIAN);
    private static final String SESSION_KEY = UiLocaleResolver.class.getName() + ".preference";
    /** The account known (for this session) to have no stored choice, so that it is not read again per call. */
    private static final String NONE_KEY = UiLocaleResolver.class.getName() + ".none";
    /** The locale resolved for this request (pages ask for it for every message, number and date they show). */
    private static final String RESOLVED_KEY = UiLocaleResolver.class.getName() + ".resolved";

    private final UiPreferences preferences;

    UiLocaleResolver(UiPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED_KEY) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = resolve(request);
        request.setAttribute(RESOLVED_KEY, locale);
        return locale;
    }

    private Locale resolve(HttpServletRequest request) {
        UiPreferences.Preference chosen = preference(request);
        if (chosen != null) {
            return Locale.forLanguageTag(chosen.language());
        }
        String asked = request.getParameter("lang");
        if ("fa".equals(asked) || "en".equals(asked)) {
            return Locale.forLanguageTag(asked);
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** Whether numbers should be written with Persian digits for this request. */
    boolean persianDigits(HttpServletRequest request) {
        UiPreferences.Preference chosen = preference(request);
        return chosen != null && chosen.persianDigits();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("Change the language with POST /preferences");
    }

    /** Remembers a new choice for the session (the caller stores it for the account). */
    static void remember(HttpServletRequest request, UiPreferences.Preference preference) {
        request.getSession().setAttribute(SESSION_KEY, preference);
        request.removeAttribute(RESOLVED_KEY);
    }

    private UiPreferences.@Nullable Preference preference(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof UiPreferences.Preference p) {
            return p;
        }
        var caller = CurrentCaller.get();
        if (caller.isEmpty()) {
            return null;
        }
        if (session != null && caller.get().username().equals(session.getAttribute(NONE_KEY))) {
            return null;
        }
        UiPreferences.Preference stored = preferences.of(caller.get().username()).orElse(null);
        if (stored != null) {
            request.getSession().setAttribute(SESSION_KEY, stored);
        } else {
            request.getSession().setAttribute(NONE_KEY, caller.get().username());
        }
        return stored;
    }
}
