package org.dadkhah.audit;

import java.nio.file.Path;
import org.dadkhah.shared.DadkhahHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit chain's files outside the database, in the same keys folder as the encryption keyset: the setting
 * {@code dadkhah.keys.dir}, by default {@code DADKHAH_HOME/keys}.
 */
@Configuration(proxyBeanMethods = false)
class AuditFiles {

    @Bean
    AuditKey auditKey(@Value("${dadkhah.keys.dir:}") String keysDir) {
        return new AuditKey(keys(keysDir));
    }

    @Bean
    AuditAnchor auditAnchor(@Value("${dadkhah.keys.dir:}") String keysDir) {
        return new AuditAnchor(keys(keysDir));
    }

    private static Path keys(String keysDir) {
        return keysDir.isBlank() ? DadkhahHome.path().resolve("keys") : Path.of(keysDir);
    }
}
