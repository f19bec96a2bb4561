package org.dadkhah.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Base of the page tests: pages read in a session of a test account of a given role. */
abstract class PageTest extends ApiTest {

    /** The signed-in session of the test account with {@code role}, as the login page would create it. */
    protected RequestPostProcessor as(Role role) {
        token(role);
        Caller caller = accounts.byUsername("test-" + role.name().toLowerCase(Locale.ROOT)).orElseThrow();
        return authentication(new UsernamePasswordAuthenticationToken(caller, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    /** The response to a GET of a page by a signed-in account of {@code role}. */
    protected MockHttpServletResponse page(String path, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(role))).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    protected String body(String path, Role role) throws Exception {
        return page(path, role).getContentAsString();
    }

    /** The page as a browser asking for Persian ({@code Accept-Language: fa}) receives it. */
    protected String persianBody(String path, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(role)).header("Accept-Language", "fa"))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
