package org.dadkhah.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dadkhah.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** Helpers of the search tests: persons with given names, searches returning hit ids in rank order. */
abstract class SearchTest extends ApiTest {

    private static final Random random = new Random();

    /** A person with these names (each "text|SCRIPT"), at PUBLIC unless {@code level} says otherwise. */
    String personAt(String level, String... names) throws Exception {
        StringBuilder body = new StringBuilder("{\"confidentiality\":\"" + level + "\",\"names\":[");
        for (int i = 0; i < names.length; i++) {
            String[] parts = names[i].split("\\|");
            body.append(i > 0 ? "," : "").append("{\"text\":\"").append(parts[0]).append("\",\"script\":\"")
                    .append(parts.length > 1 ? parts[1] : "LATIN").append("\",\"kind\":\"BIRTH_NAME\"}");
        }
        return create("/api/v1/persons", body.append("]}").toString());
    }

    String person(String... names) throws Exception {
        return personAt("PUBLIC", names);
    }

    /** The ids of the hits, in rank order. */
    List<String> ids(String query, String token) throws Exception {
        JsonNode body = search(query, token);
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        return ids;
    }

    JsonNode search(String query, String token) throws Exception {
        var response = getJson("/api/v1/search?limit=100&q=" + query, token);
        if (response.status() != 200) {
            throw new AssertionError("search " + query + ": " + response.status() + " " + response.text());
        }
        return response.body();
    }

    /** A made-up Latin word of consonant-vowel syllables, unlike any real name, for records only one test finds. */
    static String word(int syllables) {
        String consonants = "bdfklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
