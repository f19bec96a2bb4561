package org.dadkhah.cli;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.DadkhahApplication;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context for a command that does not serve: no web server, no demo data, and only the beans
 * the command asks for (lazy initialisation), none of the server's health, metrics or API documentation
 * ({@link ServerOnlyAutoConfigurations}), and two database connections (a command's transaction and the audit
 * log's own) instead of the server's pool, so that a command such as {@code user create} takes under two seconds
 * of CPU rather than building the whole server. Settings are passed as arguments, which outrank
 * {@code application.properties}.
 *
 * <p>Schema: every command still applies pending Flyway migrations before its first database access (so a command
 * never runs against a schema that is behind); only {@code db migrate} also validates the applied migrations'
 * checksums, which {@code serve} does at every start as well. Start-up tasks ({@link ApplicationRunner} beans such as
 * the first admin account, demo data on first start, stored-data upgrades) run with {@code serve} and
 * {@code db migrate} only, and events left unpublished by the server are republished by the server only.
 */
final class Contexts {

    private Contexts() {
    }

    /** A context for one short task. */
    static ConfigurableApplicationContext offline() {
        return new SpringApplicationBuilder(DadkhahApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(context -> context.addBeanFactoryPostProcessor(new WithoutStartupTasks()))
                .run(arguments(false));
    }

    /** A context for {@code db migrate}: migrations validated, and the start-up upgrades of stored data run too. */
    static ConfigurableApplicationContext migrating() {
        return new SpringApplicationBuilder(DadkhahApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments(true));
    }

    static String[] arguments(boolean validateMigrations) {
        List<String> args = new ArrayList<>(List.of("--dadkhah.demo.load-on-empty=false", "--dadkhah.db.pool-size=2",
                "--spring.main.lazy-initialization=true",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.flyway.validate-on-migrate=" + validateMigrations,
                "--logging.level.root=WARN", "--logging.level.org.dadkhah.shared.database=INFO"));
        args.add("--spring.autoconfigure.exclude=" + String.join(",", ServerOnlyAutoConfigurations.names()));
        return args.toArray(String[]::new);
    }

    /** Removes the start-up tasks: they belong to {@code serve}, not to a command run beside it. */
    private static final class WithoutStartupTasks implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
            for (Class<?> type : List.of(ApplicationRunner.class, CommandLineRunner.class)) {
                for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
                    registry.removeBeanDefinition(name);
                }
            }
        }
    }
}
