package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bytes that are not UTF-8 in a query string, sent to the real server (Tomcat decodes them, not MockMvc). */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedQueryTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aQueryValueThatIsNotUtf8IsA400WithoutAnErrorInTheLog(CapturedOutput output) throws Exception {
        if (!accounts.exists("malformed-query")) {
            accounts.create("malformed-query", Role.VIEWER, "correct horse battery staple");
        }
        String token = accounts.issueToken("malformed-query", false);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/persons?name=%ff"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }
}
