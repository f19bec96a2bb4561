package org.dadkhah.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Two filter chains: the API (bearer tokens, stateless, 401 problem+json without credentials) and the pages
 * (form login at {@code /login}, sessions that expire, CSRF on every form; a session whose account must change its
 * password sees only the change-password page until it does; one whose account was disabled, or given another role or
 * other groups, ends at its next page). Both send a Content-Security-Policy
 * that forbids inline script. A visitor without a session gets none until the login succeeds: the login form's CSRF
 * token travels in a cookie and the page asked for before the login in another ({@link ReturnAddressCookie}), so
 * anonymous requests cost the server no memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /**
     * No observation of each security filter (with observations otherwise on, every filter of every request is
     * wrapped and looked up in the observation predicates even when they are disabled by property).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(accounts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401,
                        "Unauthorized", "Send Authorization: Bearer TOKEN (see ./dadkhah token create)")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, Passwords passwords, LoginThrottle throttle)
            throws Exception {
        http.authenticationProvider(new PasswordLogin(accounts, passwords, throttle))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/api-docs", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**",
                                "/fonts/**", "/map/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class)
                .addFilterAfter(new SessionAccountCheck(accounts), AuthorizationFilter.class)
                .requestCache(c -> c.requestCache(new ReturnAddressCookie()))
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .formLogin(f -> f.loginPage("/login").authenticationDetailsSource(TotpDetails::new)
                        .failureHandler(failedLogin()).permitAll())
                .sessionManagement(m -> m.sessionFixation(fix -> fix.changeSessionId()))
                .logout(l -> l.permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    /**
     * Back to the login page with {@code ?error}, without a session: Spring's default keeps the exception in a new
     * session, which the page does not show (one message for every failure), and which a stream of failed logins
     * would fill the memory with for 30 minutes each.
     */
    private static SimpleUrlAuthenticationFailureHandler failedLogin() {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setAllowSessionCreation(false);
        return handler;
    }
}
