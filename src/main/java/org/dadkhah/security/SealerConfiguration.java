package org.dadkhah.security;

import java.nio.file.Path;
import org.dadkhah.shared.DadkhahHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sealer for this installation. A known value sealed in {@code key_check} proves at start-up that the key file
 * is the one that sealed the data: a missing or replaced key fails the start with a clear message.
 */
@Configuration(proxyBeanMethods = false)
class SealerConfiguration {

    private static final String CONTEXT = "key_check.value";
    private static final String KNOWN = "dadkhah-key-check";

    @Bean
    Sealer sealer(@Value("${dadkhah.keys.dir:}") String keysDir, JdbcClient jdbc) {
        Path keys = keysDir.isBlank() ? DadkhahHome.path().resolve("keys") : Path.of(keysDir);
        String check = jdbc.sql("select value from key_check where id = 1").query(String.class).optional().orElse(null);
        Sealer sealer = Sealer.open(keys, check == null);
        if (check == null) {
            jdbc.sql("insert into key_check (id, value) values (1, ?)").param(sealer.seal(KNOWN, CONTEXT)).update();
        } else if (!KNOWN.equals(sealer.open(check, CONTEXT))) {
            throw new Sealer.WrongKeyException();
        }
        return sealer;
    }
}
