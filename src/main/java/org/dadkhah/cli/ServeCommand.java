package org.dadkhah.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dadkhah.DadkhahApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server with its embedded database (loading the demo data into an empty one). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (default http://127.0.0.1:8080, reachable from this machine only).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "Address to listen on, e.g. 0.0.0.0 for every interface (default: "
            + "DADKHAH_HOST, else 127.0.0.1); put TLS in front (a reverse proxy) when exposing it")
    @Nullable String host;

    @Option(names = "--no-demo", description = "Do not load the demo data into an empty database")
    boolean noDemo;

    @Override
    public Integer call() {
        new SpringApplicationBuilder(DadkhahApplication.class).run(arguments());
        DadkhahCommand.markServing();
        return 0;
    }

    /** The application's arguments; without {@code --host}, {@code server.address} keeps its configured value. */
    String[] arguments() {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                "--dadkhah.demo.load-on-empty=" + !noDemo, "--dadkhah.serve=true"));
        if (host != null) {
            args.add("--server.address=" + host);
        }
        return args.toArray(String[]::new);
    }
}
