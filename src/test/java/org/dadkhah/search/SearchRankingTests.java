package org.dadkhah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Names found however they are spelled, in either script, and ranked: exact before partial, word before part. */
class SearchRankingTests extends SearchTest {

    @Test
    void everySpellingAndScriptOfACompoundNameFindsThePersonBeforeNamesakes() throws Exception {
        String target = person("Mostafa Pour-Mohammadi", "مصطفی پورمحمدی|PERSIAN");
        String sameGivenName = person("Mostafa Karimi");
        String sameSurnameOtherGiven = person("Hassan Pourmohammadi");
        for (String query : List.of("Mostafa Pour-Mohammadi", "Mostafa Pourmohammadi", "Mustafa Pour Mohammadi",
                "Mostafa Poor-Mohammadi", "مصطفی پورمحمدی", "مصطفي پورمحمدي", "مصطفی پور محمدی")) {
            List<String> ids = ids(query, admin());
            assertThat(ids).as(query).contains(target);
            assertThat(ids.indexOf(target)).as(query + " ranks the full name first")
                    .isLessThan(rank(ids, sameGivenName)).isLessThan(rank(ids, sameSurnameOtherGiven));
        }
    }

    @Test
    void mohammadIsFoundAsMohamadMuhammadAndWithTheShaddaInPersian() throws Exception {
        String surname = word(4);
        String latin = person("Mohammad " + surname);
        String persian = person("محمّد رضایی|PERSIAN");
        for (String query : List.of("Mohamad " + surname, "Muhammad " + surname, "Mohammed " + surname)) {
            assertThat(ids(query, admin())).as(query).first().isEqualTo(latin);
        }
        assertThat(ids("Muhammad Rezaei", admin())).contains(persian);
        assertThat(ids("Mohamad Rezaee", admin())).contains(persian);
    }

    @Test
    void arabicYehAndKafInTheQueryFindPersianLetters() throws Exception {
        String surname = "کرمانی‌نژاد";
        String target = person("علی " + surname + "|PERSIAN");
        String other = person("علی کریمی|PERSIAN");
        List<String> ids = ids("علي كرماني‌نژاد", admin());
        assertThat(ids).contains(target);
        assertThat(ids.indexOf(target)).isLessThan(rank(ids, other));
    }

    @Test
    void anExactFullNameRanksAboveAPartialMatch() throws Exception {
        String surname = word(4);
        String exact = person("Ali " + surname);
        String longer = person("Ali Akbar " + surname);
        String surnameOnly = person("Reza " + surname);
        List<String> ids = ids("Ali " + surname, admin());
        assertThat(ids).startsWith(exact, longer).contains(surnameOnly);
        assertThat(ids.indexOf(longer)).as("both words before one").isLessThan(ids.indexOf(surnameOnly));
    }

    @Test
    void aWholeWordRanksAboveTheBeginningOfALongerWordAndNeverMatchesInsideOne() throws Exception {
        String surname = word(4);
        String word = person("Ali " + surname);
        String prefix = person("Alireza " + surname);
        String inside = person("Khalil " + surname);
        assertThat(ids("Ali " + surname, admin())).startsWith(word, prefix, inside);
        assertThat(ids("Khalil " + surname, admin())).first().isEqualTo(inside);
        assertThat(ids("Ali", admin())).doesNotContain(inside);
    }

    @Test
    void aRareSurnameWeighsMoreThanACommonGivenName() throws Exception {
        String rare = word(5);
        for (int i = 0; i < 5; i++) {
            String other = word(4);
            while (other.charAt(0) == rare.charAt(0)) {
                other = word(4);
            }
            person("Mohammad " + other);
        }
        String target = person("Hossein " + rare);
        JsonNode body = search("Mohammad " + rare, admin());
        assertThat(body.get("hits").get(0).get("id").asString()).as(body.toString()).isEqualTo(target);
    }

    @Test
    void fullTextOfEventsIsSearchedInPersianWithHighlightedSnippets() throws Exception {
        String place = word(4);
        String event = create("/api/v1/events", """
                {"title":"Executions at %s","description":"اعدام‌های دسته‌جمعی در زندان اوین و %s","confidentiality":"PUBLIC"}"""
                .formatted(place, place));
        var body = search("زندان اوین " + place, admin());
        var hit = body.get("hits").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(event);
        assertThat(hit.get("type").asString()).isEqualTo("event");
        assertThat(hit.get("title").asString()).isEqualTo("Executions at " + place);
        assertThat(hit.get("snippet").asString()).contains("<mark>" + place + "</mark>");
    }

    private static int rank(List<String> ids, String id) {
        return ids.contains(id) ? ids.indexOf(id) : Integer.MAX_VALUE;
    }
}
