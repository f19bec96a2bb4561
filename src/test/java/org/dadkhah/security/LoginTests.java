package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

class LoginTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle loginThrottle;

    private MvcResult login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
    }

    private static boolean failed(MvcResult result) {
        return result.getResponse().getRedirectedUrl().contains("error");
    }

    /** A refused login leaves no session behind (nothing to keep for a stream of failures). */
    private static boolean refusedWithoutSession(MvcResult result) {
        return failed(result) && result.getRequest().getSession(false) == null;
    }

    private MockHttpSession session(String username, String password, String address) throws Exception {
        MvcResult result = login(username, password, address);
        assertThat(failed(result)).as("login of " + username).isFalse();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MockHttpServletResponse page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse();
    }

    private MockHttpServletResponse changePassword(MockHttpSession session, String current, String password,
            String repeat) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(csrf()).param("current", current)
                .param("password", password).param("repeat", repeat)).andReturn().getResponse();
    }

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A real Argon2 encoder that counts its checks. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        int checks;

        @Override
        public String encode(CharSequence rawPassword) {
            return argon2.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return argon2.matches(rawPassword, encodedPassword);
        }
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        accounts.create("login-ok", Role.RESEARCHER, "a long enough password");
        MvcResult result = login("login-ok", "a long enough password", "10.0.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefused() throws Exception {
        accounts.create("login-victim", Role.VIEWER, "the right password 123");
        for (int i = 0; i < 5; i++) {
            assertThat(failed(login("login-victim", "wrong " + i, "10.0.0.2"))).isTrue();
        }
        assertThat(loginThrottle.blocked("login-victim", "10.0.0.2")).isTrue();
        MvcResult result = login("login-victim", "the right password 123", "10.0.0.2");
        assertThat(refusedWithoutSession(result)).isTrue();
    }

    @Test
    void theFifthFailureLocksTheAccountForThirtySeconds() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("someone", "10.1.0." + i);
        }
        assertThat(throttle.blocked("someone", "10.1.0.9")).isFalse();
        throttle.failed("someone", "10.1.0.4");
        assertThat(throttle.blocked("someone", "10.1.0.9")).isTrue();
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.blocked("someone", "10.1.0.9")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked("someone", "10.1.0.9")).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToAnHour() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("someone", "10.1.1.1");
        }
        for (long seconds : List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L)) {
            throttle.failed("someone", "10.1.1.1");
            clock.advance(Duration.ofSeconds(seconds - 1));
            assertThat(throttle.blocked("someone", "10.1.1.1")).as("still locked before %d s", seconds).isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(throttle.blocked("someone", "10.1.1.1")).as("free after %d s", seconds).isFalse();
        }
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        LoginThrottle throttle = new LoginThrottle(new HandClock());
        for (int i = 0; i < 4; i++) {
            throttle.failed("someone", "10.1.2.1");
        }
        throttle.succeeded("someone", "10.1.2.1");
        throttle.failed("someone", "10.1.2.1");
        assertThat(throttle.blocked("someone", "10.1.2.1")).isFalse();
    }

    @Test
    void anAddressOverTwentyFailuresRefusesTheNamesThatFailedFromItButNoOtherName() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess-" + i, "10.1.3.1");
        }
        assertThat(throttle.blocked("guess-0", "10.1.3.1")).isFalse();
        throttle.failed("guess-19", "10.1.3.1");
        assertThat(throttle.blocked("guess-0", "10.1.3.1")).isTrue();
        assertThat(throttle.blocked("guess-0", "10.1.3.2")).isFalse();
        assertThat(throttle.blocked("a-real-user", "10.1.3.1")).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.blocked("guess-0", "10.1.3.1")).isFalse();
    }

    @Test
    void twentyFiveFailuresOnMadeUpNamesFromOneAddressDoNotKeepARealUserOut() throws Exception {
        for (int i = 0; i < 25; i++) {
            assertThat(failed(login("made-up-" + i, "a guess", "10.0.1.1"))).isTrue();
        }
        assertThat(loginThrottle.blocked("made-up-3", "10.0.1.1")).isTrue();
        assertThat(refusedWithoutSession(login("made-up-3", "another guess", "10.0.1.1"))).isTrue();
        accounts.create("login-office", Role.EDITOR, "the right password 654");
        assertThat(failed(login("login-office", "the right password 654", "10.0.1.1"))).isFalse();
    }

    @Test
    void unknownKnownAndDisabledAccountsEachRunOnePasswordHashCheck() {
        accounts.create("login-hashed", Role.VIEWER, "the right password 987");
        accounts.create("login-disabled", Role.VIEWER, "the right password 987");
        jdbc.sql("update app_user set enabled = false where username = 'login-disabled'").update();
        CountingEncoder encoder = new CountingEncoder();
        PasswordLogin login = new PasswordLogin(accounts, new Passwords(encoder), new LoginThrottle());
        for (String username : List.of("nobody-by-this-name", "login-hashed", "login-disabled")) {
            int before = encoder.checks;
            assertThatThrownBy(() -> login.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "the wrong password")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(encoder.checks - before).as(username).isEqualTo(1);
        }
        assertThatThrownBy(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("login-disabled", "the right password 987")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anAccountWithATemporaryPasswordSeesOnlyTheChangePageUntilItChoosesANewOne() throws Exception {
        accounts.create("login-first", Role.ADMIN, "temporary password 1", true);
        MockHttpSession session = session("login-first", "temporary password 1", "10.0.1.2");
        assertThat(page("/", session).getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(page("/v3/api-docs", session).getRedirectedUrl()).isEqualTo("/account/password");
        MockHttpServletResponse form = page("/account/password", session);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains("name=\"_csrf\"")
                .contains("name=\"current\"").contains("name=\"password\"").doesNotContain("<script").doesNotContain("style=");

        MockHttpServletResponse tooShort = changePassword(session, "temporary password 1", "short", "short");
        assertThat(tooShort.getStatus()).isEqualTo(400);
        assertThat(tooShort.getContentAsString(StandardCharsets.UTF_8)).contains("at least 12 characters");
        assertThat(changePassword(session, "temporary password 1", "temporary password 1", "temporary password 1")
                .getContentAsString(StandardCharsets.UTF_8)).contains("must differ from the current one");
        assertThat(changePassword(session, "not the password", "my own password 42", "my own password 42")
                .getContentAsString(StandardCharsets.UTF_8)).contains("not your current password");
        assertThat(page("/", session).getRedirectedUrl()).isEqualTo("/account/password");

        MockHttpServletResponse changed = changePassword(session, "temporary password 1", "my own password 42",
                "my own password 42");
        assertThat(changed.getRedirectedUrl()).isEqualTo("/");
        assertThat(page("/", session).getStatus()).isEqualTo(200);
        assertThat(failed(login("login-first", "temporary password 1", "10.0.1.2"))).isTrue();
        assertThat(page("/", session("login-first", "my own password 42", "10.0.1.2")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theChangePasswordFormNeedsTheCsrfToken() throws Exception {
        accounts.create("login-first-csrf", Role.ADMIN, "temporary password 2", true);
        MockHttpSession session = session("login-first-csrf", "temporary password 2", "10.0.1.3");
        int status = mvc.perform(post("/account/password").session(session).param("current", "temporary password 2")
                .param("password", "my own password 43").param("repeat", "my own password 43"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void apiTokensOfAnAccountThatMustChangeItsPasswordStillWork() throws Exception {
        accounts.create("login-first-token", Role.ADMIN, "temporary password 3", true);
        String token = accounts.issueToken("login-first-token", false);
        assertThat(getJson("/api/v1/persons?limit=1", token).status()).isEqualTo(200);
    }

    @Test
    void withTheSecondFactorOnThePasswordAloneIsNotEnough() throws Exception {
        accounts.create("login-totp", Role.EDITOR, "the right password 789");
        String uri = accounts.enableTotp("login-totp");
        String secret = uri.substring(uri.indexOf("secret=") + 7, uri.indexOf("&issuer"));
        assertThat(login("login-totp", "the right password 789", "10.0.0.3").getResponse().getRedirectedUrl())
                .contains("error");
        String code = Totp.code(secret, Instant.now().getEpochSecond() / 30);
        MvcResult result = mvc.perform(post("/login").param("username", "login-totp")
                .param("password", "the right password 789").param("code", code).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        accounts.create("login-csrf", Role.VIEWER, "the right password 456");
        int status = mvc.perform(post("/login").param("username", "login-csrf").param("password", "the right password 456"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void theHomePageNeedsALoginAndIsServedInBothLanguagesAfterIt() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        accounts.create("login-home", Role.VIEWER, "the right password 321");
        MockHttpSession session = session("login-home", "the right password 321", "10.0.0.4");
        MockHttpServletResponse page = page("/", session);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Dadkhah")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        MockHttpServletResponse persian = mvc.perform(get("/").session(session).header("Accept-Language", "fa"))
                .andReturn().getResponse();
        assertThat(persian.getContentAsString(StandardCharsets.UTF_8)).contains("دادخواه").contains("dir=\"rtl\"");
    }

    @Test
    void pagesSendAContentSecurityPolicyThatForbidsInlineScript() throws Exception {
        String csp = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }
}
