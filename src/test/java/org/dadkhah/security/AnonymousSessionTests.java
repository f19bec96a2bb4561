package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dadkhah.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests without a session leave none behind on the real server (each would hold memory for half an hour), and the
 * login still returns to the page asked for, never to another site.
 */
@ApplicationTest
class AnonymousSessionTests {

    private static final String PASSWORD = "anonymous session tests password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageAskedForWithoutASessionRedirectsToTheLoginAndCreatesNoSession() throws Exception {
        HttpResponse<String> page = get("/persons/" + UUID.randomUUID(), null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(cookie(page, "JSESSIONID")).isEmpty();
        assertThat(cookie(page, ReturnAddressCookie.NAME)).isPresent();
    }

    @Test
    void theLoginPageCreatesNoSessionAndCarriesItsCsrfTokenInACookie() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookie(login, "JSESSIONID")).isEmpty();
        assertThat(cookie(login, "XSRF-TOKEN")).isPresent();
        assertThat(login.body()).containsPattern(CSRF);
    }

    @Test
    void theLoginReturnsToThePageAskedForAndThenClearsTheReturnAddress() throws Exception {
        String username = account();
        String asked = cookie(get("/persons?name=Pour-Mohammadi", null), ReturnAddressCookie.NAME).orElseThrow();
        HttpResponse<String> login = login(username, asked);
        assertThat(login.headers().firstValue("Location")).hasValue(url("/persons?name=Pour-Mohammadi"));
        String session = cookie(login, "JSESSIONID").orElseThrow();
        HttpResponse<String> page = get("/persons?name=Pour-Mohammadi", session + "; " + asked);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith(ReturnAddressCookie.NAME + "=;")
                        && (c.contains("Max-Age=0") || c.contains("Expires=Thu, 01 Jan 1970")));
    }

    @Test
    void aReturnAddressNotOfThisApplicationLeadsHome() throws Exception {
        String username = account();
        for (String planted : List.of(encode("//evil.example/persons"), encode("https://evil.example/"),
                encode("/\\evil.example"), encode("/persons\r\nLocation: https://evil.example/"), "not-base64!")) {
            HttpResponse<String> login = login(username, ReturnAddressCookie.NAME + "=" + planted);
            assertThat(login.headers().firstValue("Location")).as(planted).hasValue(url("/"));
        }
    }

    @Test
    void aFailedLoginReturnsToTheLoginPageWithoutCreatingASession() throws Exception {
        String username = account();
        HttpResponse<String> form = get("/login", null);
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + enc(username) + "&password=" + enc("not the password") + "&_csrf="
                + enc(token.group(1));
        HttpResponse<String> failed = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(form, "XSRF-TOKEN").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location")).hasValue(url("/login?error"));
        assertThat(cookie(failed, "JSESSIONID")).isEmpty();
        HttpResponse<String> page = get("/login?error", null);
        assertThat(page.body()).contains("alert-danger");
        assertThat(cookie(page, "JSESSIONID")).isEmpty();
    }

    /** Logs in through the login form (its CSRF cookie and token), sending {@code cookies} besides. */
    private HttpResponse<String> login(String username, String cookies) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String csrf = cookie(form, "XSRF-TOKEN").orElseThrow();
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrf + "; " + cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(cookie(login, "JSESSIONID")).as("a session once logged in").isPresent();
        return login;
    }

    private HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code name=value} a response sets for cookie {@code name}, when it sets one with a value. */
    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";", 2)[0]).filter(c -> c.length() > name.length() + 1).findFirst();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String account() {
        String username = "anonymous-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, Role.RESEARCHER, PASSWORD);
        return username;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encode(String path) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8));
    }
}
