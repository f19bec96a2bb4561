package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class LoginTests extends ApiTest {

    private MvcResult login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        accounts.create("login-ok", Role.RESEARCHER, "a long enough password");
        MvcResult result = login("login-ok", "a long enough password", "10.0.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void twentyWrongPasswordsInARowAreThrottledEvenBeforeTheRightOne() throws Exception {
        accounts.create("login-victim", Role.VIEWER, "the right password 123");
        for (int i = 0; i < 20; i++) {
            assertThat(login("login-victim", "wrong " + i, "10.0.0.2").getResponse().getRedirectedUrl()).contains("error");
        }
        MvcResult result = login("login-victim", "the right password 123", "10.0.0.2");
        assertThat(result.getResponse().getRedirectedUrl()).contains("error");
        assertThat(result.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
                .isInstanceOf(org.springframework.security.authentication.LockedException.class);
    }

    @Test
    void withTheSecondFactorOnThePasswordAloneIsNotEnough() throws Exception {
        accounts.create("login-totp", Role.EDITOR, "the right password 789");
        String uri = accounts.enableTotp("login-totp");
        String secret = uri.substring(uri.indexOf("secret=") + 7, uri.indexOf("&issuer"));
        assertThat(login("login-totp", "the right password 789", "10.0.0.3").getResponse().getRedirectedUrl())
                .contains("error");
        String code = Totp.code(secret, java.time.Instant.now().getEpochSecond() / 30);
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
        var session = login("login-home", "the right password 321", "10.0.0.4").getRequest().getSession();
        var page = mvc.perform(get("/index.html").session((org.springframework.mock.web.MockHttpSession) session))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("دادخواه").doesNotContain("<script");
    }

    @Test
    void pagesSendAContentSecurityPolicyThatForbidsInlineScript() throws Exception {
        String csp = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }
}
