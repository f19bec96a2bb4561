package org.dadkhah.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose account was disabled, or given another role or other groups, since it logged in: the next
 * page request (static files aside) is sent to the login page, so an administrator's change applies at once.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final RequestMatcher skipped = RequestMatchers.anyOf(Stream.of("/webjars/**", "/css/**", "/js/**",
            "/fonts/**", "/map/**", "/favicon.ico", "/login", "/error").map(PathPatternRequestMatcher::pathPattern)
            .toArray(RequestMatcher[]::new));

    private final Accounts accounts;

    SessionAccountCheck(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Caller caller && !skipped.matches(request)) {
            Optional<Caller> now = accounts.byUsername(caller.username());
            if (now.isEmpty() || now.get().role() != caller.role() || !now.get().groups().equals(caller.groups())) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
