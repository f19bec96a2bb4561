package org.dadkhah.shared;

import java.nio.file.Path;

/** Where Dadkhah keeps its data: {@code DADKHAH_HOME}, by default {@code ./data}. */
public final class DadkhahHome {

    private DadkhahHome() {
    }

    /** The home folder, from the {@code dadkhah.home} system property, {@code DADKHAH_HOME}, or {@code ./data}. */
    public static Path path() {
        String value = System.getProperty("dadkhah.home");
        if (value == null || value.isBlank()) {
            value = System.getenv("DADKHAH_HOME");
        }
        if (value == null || value.isBlank()) {
            value = "data";
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
