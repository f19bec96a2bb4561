package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every UI string comes from both messages files: a key in one and not the other fails, as a template key in neither. */
class MessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

    @Test
    void bothMessageFilesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages_en.properties");
        Set<String> persian = keys("messages_fa.properties");
        assertThat(difference(english, persian)).as("keys missing from messages_fa").isEmpty();
        assertThat(difference(persian, english)).as("keys missing from messages_en").isEmpty();
    }

    @Test
    void everyLiteralKeyOfTheTemplatesIsInTheMessages() throws IOException {
        Set<String> english = keys("messages_en.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, english)).isEmpty();
    }

    @Test
    void everyRecordTypeNamedInTheListsHasASingularNameForItsFormsAndNewButton() throws IOException {
        Set<String> plural = new TreeSet<>();
        Set<String> singular = new TreeSet<>();
        for (String key : keys("messages_en.properties")) {
            if (key.startsWith("type.one.")) {
                singular.add(key.substring("type.one.".length()));
            } else if (key.startsWith("type.")) {
                plural.add(key.substring("type.".length()));
            }
        }
        assertThat(plural).contains("persons", "acts", "testimonies");
        assertThat(singular).isEqualTo(plural);
    }

    static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
