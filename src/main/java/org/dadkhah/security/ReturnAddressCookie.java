package org.dadkhah.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.WebUtils;

/**
 * Remembers the page an anonymous visitor asked for in a cookie, not in a server session, so that the login returns
 * there: a request without a session creates none (Spring's default kept each one in a new session for 30 minutes, a
 * few kilobytes of memory per request anyone could send). Only the path and query of a GET are kept, and only a path
 * of this application is read back (never {@code //host} or a full address), so a cookie planted by someone else
 * cannot send the login to another site; one that does not decode is ignored. The page asked for is a GET with
 * nothing to restore, so the request that reaches it after the login goes on as it came (the cookie is cleared).
 */
final class ReturnAddressCookie implements RequestCache {

    static final String NAME = "DADKHAH_RETURN";
    private static final int LONGEST = 2048;

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return;
        }
        String path = asked(request);
        if (path.length() <= LONGEST) {
            response.addCookie(cookie(request, Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(path.getBytes(StandardCharsets.UTF_8)), -1));
        }
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        if (path == null) {
            return null;
        }
        int query = path.indexOf('?');
        return new DefaultSavedRequest.Builder().setScheme(request.getScheme()).setServerName(request.getServerName())
                .setServerPort(request.getServerPort()).setContextPath(request.getContextPath())
                .setRequestURI(query < 0 ? path : path.substring(0, query))
                .setQueryString(query < 0 ? null : path.substring(query + 1)).setMethod("GET")
                .setLocales(Collections.list(request.getLocales())).build();
    }

    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        String saved = path(request);
        if (saved == null || !saved.equals(asked(request))) {
            return null;
        }
        removeRequest(request, response);
        return request;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        if (WebUtils.getCookie(request, NAME) != null) {
            response.addCookie(cookie(request, "", 0));
        }
    }

    /** The path and query of a request, as kept. */
    private static String asked(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** The kept path, when the cookie holds one of this application's paths. */
    private static @Nullable String path(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, NAME);
        if (cookie == null || cookie.getValue().length() > LONGEST * 2) {
            return null;
        }
        String path;
        try {
            path = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x21 || c == '\\' || c == 0x7f);
        return local ? path : null;
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
