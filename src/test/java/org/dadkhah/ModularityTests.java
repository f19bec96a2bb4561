package org.dadkhah;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyDependOnWhatTheyMay() {
        ApplicationModules.of(DadkhahApplication.class).verify();
    }
}
