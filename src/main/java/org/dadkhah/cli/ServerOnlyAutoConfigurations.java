package org.dadkhah.cli;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The auto-configurations that only a running server uses: actuator endpoints, health contributors, metrics and
 * observations, OpenAPI documents and pages. A command leaves them out, which spares it parsing their conditions and
 * creating the health and metrics beans that would otherwise be built eagerly (and open the database early).
 */
final class ServerOnlyAutoConfigurations {

    private static final Pattern SERVER_ONLY = Pattern.compile(
            "^(org\\.springframework\\.boot\\.(actuate|micrometer|health|thymeleaf)\\.|org\\.springdoc\\.)"
                    + "|\\.(actuate|health|metrics|observation)\\.|EndpointAutoConfiguration$");

    private ServerOnlyAutoConfigurations() {
    }

    /** The names of the server-only auto-configurations present on the class path. */
    static List<String> names() {
        ImportCandidates candidates = ImportCandidates.load(AutoConfiguration.class,
                ServerOnlyAutoConfigurations.class.getClassLoader());
        return StreamSupport.stream(candidates.spliterator(), false).filter(ServerOnlyAutoConfigurations::serverOnly)
                .toList();
    }

    static boolean serverOnly(String autoConfiguration) {
        return SERVER_ONLY.matcher(autoConfiguration).find();
    }
}
