package org.dadkhah.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the demo data on the first start of an empty database (unless switched off). */
@Component
class DemoOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    private final DemoData demo;
    private final boolean enabled;

    DemoOnFirstStart(DemoData demo, @Value("${dadkhah.demo.load-on-empty:true}") boolean enabled) {
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && demo.databaseEmpty()) {
            DemoData.Result result = demo.load();
            log.info("Loaded the demo data: {} records", result.created());
        }
    }
}
