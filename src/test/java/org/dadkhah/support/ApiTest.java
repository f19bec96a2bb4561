package org.dadkhah.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that go through the HTTP API against the real (embedded, temporary) PostgreSQL. All share one
 * application context and one database; tests create their own records with unique names.
 */
@ApplicationTest
public abstract class ApiTest {

    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected Accounts accounts;

    /** A write-scoped token for a test account with {@code role} (what it may change is up to the role). */
    protected String token(Role role) {
        return tokens.computeIfAbsent(role.name(), r -> {
            String username = "test-" + r.toLowerCase();
            if (!accounts.exists(username)) {
                accounts.create(username, role, "correct horse battery staple " + r);
            }
            return accounts.issueToken(username, true);
        });
    }

    protected String admin() {
        return token(Role.ADMIN);
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Response postJson(String path, String token, String body) throws Exception {
        return new Response(mvc.perform(post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(), json);
    }

    protected Response putJson(String path, String token, String ifMatch, String body) throws Exception {
        var request = put(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return new Response(mvc.perform(request).andReturn(), json);
    }

    protected Response getJson(String path, String token) throws Exception {
        return new Response(mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn(), json);
    }

    protected Response deleteJson(String path, String token) throws Exception {
        return new Response(mvc.perform(delete(path).header("Authorization", "Bearer " + token)).andReturn(), json);
    }

    /** Creates a record as admin and returns its id; fails the test if the API refuses. */
    protected String create(String path, String body) throws Exception {
        Response response = postJson(path, admin(), body);
        if (response.status() != 201) {
            throw new AssertionError("Creating " + path + " failed: " + response.status() + " " + response.text());
        }
        return response.body().get("id").asString();
    }

    /** An HTTP response with its body parsed when it is JSON. */
    public record Response(int status, String text, JsonNode body, MvcResult result) {

        Response(MvcResult result, JsonMapper json) throws Exception {
            this(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
                    parse(result.getResponse().getContentAsString(), json), result);
        }

        private static JsonNode parse(String text, JsonMapper json) {
            try {
                return text.isBlank() ? json.createObjectNode() : json.readTree(text);
            } catch (RuntimeException e) {
                return json.createObjectNode();
            }
        }

        public String header(String name) {
            return result.getResponse().getHeader(name);
        }
    }
}
