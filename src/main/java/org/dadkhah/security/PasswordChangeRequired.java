package org.dadkhah.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page session whose account must choose a new password to {@value #PAGE} for every page but that one, the
 * logout and the static files, until the password is changed. API calls (bearer tokens) never pass here.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    /** Granted at login to an account whose password must be changed. */
    static final GrantedAuthority AUTHORITY = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

    /** The change-password page. */
    static final String PAGE = "/account/password";

    private final RequestMatcher allowed = RequestMatchers.anyOf(Stream.of(PAGE, "/logout", "/error", "/webjars/**",
            "/css/**", "/js/**", "/favicon.ico").map(PathPatternRequestMatcher::pathPattern).toArray(RequestMatcher[]::new));

    /** Whether this login still has to change its password. */
    static boolean applies(@Nullable Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> AUTHORITY.getAuthority().equals(a.getAuthority()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (applies(SecurityContextHolder.getContext().getAuthentication()) && !allowed.matches(request)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
