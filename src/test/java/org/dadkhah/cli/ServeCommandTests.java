package org.dadkhah.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import picocli.CommandLine;

/** The HTTP server is reachable from this machine only unless the operator names another address. */
class ServeCommandTests extends ApiTest {

    @Autowired
    Environment environment;

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(System.getenv("DADKHAH_HOST")).as("DADKHAH_HOST must be unset for this test").isNull();
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(arguments()).noneMatch(a -> a.startsWith("--server.address"));
    }

    @Test
    void hostOptionSetsTheAddressTheServerListensOn() {
        assertThat(arguments("--host", "0.0.0.0", "--port", "9090"))
                .contains("--server.address=0.0.0.0", "--server.port=9090");
    }

    private static String[] arguments(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.arguments();
    }
}
