package org.dadkhah.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.dadkhah.security.Accounts;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Controller;
import picocli.CommandLine;

/** A command that does not serve starts no web server and builds only the beans it uses. */
class CommandContextTests extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aCommandContextHasNoWebServerNoServerOnlyBeansAndCreatesOnlyWhatTheCommandAsksFor() {
        try (ConfigurableApplicationContext context = Contexts.offline()) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            context.getBean(Accounts.class);
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            String[] controllers = beans.getBeanNamesForAnnotation(Controller.class);
            assertThat(controllers).isNotEmpty().noneMatch(beans::containsSingleton);
            assertThat(beans.getBeanNamesForType(ApplicationRunner.class)).isEmpty();
            assertThat(Arrays.stream(beans.getBeanDefinitionNames()))
                    .noneMatch(name -> name.toLowerCase().contains("health"))
                    .noneMatch(name -> name.toLowerCase().contains("meterregistry"))
                    .noneMatch(name -> name.toLowerCase().contains("springdoc"));
        }
    }

    @Test
    void dbMigrateKeepsTheServersStartUpTasks() {
        try (ConfigurableApplicationContext context = Contexts.migrating()) {
            assertThat(context.getBeanFactory().getBeanNamesForType(ApplicationRunner.class)).isNotEmpty();
        }
    }

    @Test
    void onlyActuatorHealthMetricsObservationAndApiDocumentationAreLeftOut() {
        assertThat(ServerOnlyAutoConfigurations.names())
                .contains("org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
                        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                        "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
                        "org.springdoc.core.configuration.SpringDocConfiguration")
                .doesNotContain("org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
                        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
                        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
                        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
                        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration");
    }

    @Test
    void aCommandOnADatabaseWithoutTheSchemaMigratesItBeforeItsFirstQuery() throws Exception {
        String database = "cli_fresh_" + System.nanoTime();
        jdbc.sql("create database " + database).update();
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Path password = Files.writeString(dir.resolve("pw"), "a password for a fresh database\n");
        String previous = System.setProperty("dadkhah.db.url", url);
        try {
            PrintStream originalOut = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = new CommandLine(new DadkhahCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute("user",
                        "create", "--username", "fresh", "--role", "viewer", "--password-file", password.toString());
            } finally {
                System.setOut(originalOut);
            }
            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Created account fresh");
        } finally {
            if (previous == null) {
                System.clearProperty("dadkhah.db.url");
            } else {
                System.setProperty("dadkhah.db.url", previous);
            }
        }
        HikariDataSource pool = (HikariDataSource) dataSource;
        JdbcClient fresh = JdbcClient.create(new DriverManagerDataSource(url, pool.getUsername(), pool.getPassword()));
        assertThat(fresh.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isPositive();
        assertThat(fresh.sql("select count(*) from app_user where username = 'fresh'").query(Integer.class).single())
                .isEqualTo(1);
        jdbc.sql("drop database " + database + " with (force)").update();
    }
}
