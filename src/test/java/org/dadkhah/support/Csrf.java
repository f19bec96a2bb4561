package org.dadkhah.support;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form's CSRF token as a browser sends it after the application gave it one: the {@code XSRF-TOKEN} cookie and the
 * masked {@code _csrf} parameter, checked by the application's own filter. Spring Security's test {@code csrf()}
 * would instead replace the token store of the filter, which the tests' real server shares with MockMvc, with a
 * session-kept one for the rest of the run.
 */
public final class Csrf {

    private Csrf() {
    }

    private static final String COOKIE = "XSRF-TOKEN";

    /** Adds a valid token pair (cookie and masked parameter) to the request, replacing one added before. */
    public static RequestPostProcessor csrf() {
        return request -> {
            CsrfToken token = new CookieCsrfTokenRepository().generateToken(request);
            new XorCsrfTokenRequestAttributeHandler().handle(request, new MockHttpServletResponse(), () -> token);
            CsrfToken masked = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            request.setParameter(token.getParameterName(), masked.getToken());
            request.removeAttribute(CsrfToken.class.getName());
            request.removeAttribute(token.getParameterName());
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            request.setCookies(Stream.concat(Arrays.stream(cookies).filter(c -> !c.getName().equals(COOKIE)),
                    Stream.of(new Cookie(COOKIE, token.getToken()))).toArray(Cookie[]::new));
            return request;
        };
    }
}
