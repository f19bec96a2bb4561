package org.dadkhah.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.dadkhah.shared.DadkhahHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source: an external PostgreSQL when {@code DADKHAH_DB_URL} is set, otherwise the embedded server in
 * {@code DADKHAH_HOME/pg} with the password in {@code DADKHAH_HOME/pg-password} (or a temporary one when {@code dadkhah.db.embedded=temporary}, as in tests).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabaseHolder(@Value("${dadkhah.db.url:}") String url,
            @Value("${dadkhah.db.embedded:persistent}") String embedded) {
        if (!url.isBlank()) {
            return new EmbeddedDatabaseHolder(null);
        }
        if ("temporary".equals(embedded)) {
            return new EmbeddedDatabaseHolder(EmbeddedDatabase.temporary(), false);
        }
        Path home = DadkhahHome.path();
        return new EmbeddedDatabaseHolder(EmbeddedDatabase.persistent(home.resolve("pg"), home.resolve("pg-password")));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseHolder holder, @Value("${dadkhah.db.url:}") String url,
            @Value("${dadkhah.db.user:}") String user, @Value("${dadkhah.db.password:}") String password,
            @Value("${dadkhah.db.pool-size:10}") int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        if (url.isBlank()) {
            EmbeddedDatabase embedded = holder.database();
            ds.setJdbcUrl(embedded.jdbcUrl());
            ds.setUsername(embedded.user());
            ds.setPassword(embedded.password());
        } else {
            ds.setJdbcUrl(url);
            ds.setUsername(user);
            ds.setPassword(password);
        }
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("dadkhah");
        return ds;
    }
}
