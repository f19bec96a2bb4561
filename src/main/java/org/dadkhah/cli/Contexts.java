package org.dadkhah.cli;

import org.dadkhah.DadkhahApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context for a command: without the web server, and without loading demo data (passed as
 * arguments, which outrank {@code application.properties}).
 */
final class Contexts {

    private Contexts() {
    }

    static ConfigurableApplicationContext offline() {
        return new SpringApplicationBuilder(DadkhahApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--dadkhah.demo.load-on-empty=false", "--logging.level.root=WARN",
                        "--logging.level.org.dadkhah.shared.database=INFO");
    }
}
