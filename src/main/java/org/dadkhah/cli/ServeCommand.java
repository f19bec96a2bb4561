package org.dadkhah.cli;

import java.util.concurrent.Callable;
import org.dadkhah.DadkhahApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server with its embedded database (loading the demo data into an empty one). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the server (default port 8080).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--no-demo", description = "Do not load the demo data into an empty database")
    boolean noDemo;

    @Override
    public Integer call() {
        new SpringApplicationBuilder(DadkhahApplication.class)
                .run("--server.port=" + port, "--dadkhah.demo.load-on-empty=" + !noDemo, "--dadkhah.serve=true");
        DadkhahCommand.markServing();
        return 0;
    }
}
