package org.dadkhah.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;

class PostsHeldAtTests extends ApiTest {

    @Test
    void whoHeldAPostAtADateIsOneQueryInEitherCalendar() throws Exception {
        String ministry = create("/api/v1/organisations", "{\"name\":\"Ministry of Justice\",\"kind\":\"GOVERNMENT\"}");
        String first = create("/api/v1/persons", "{\"names\":[{\"text\":\"First Minister\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        String second = create("/api/v1/persons", "{\"names\":[{\"text\":\"Second Minister\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        create("/api/v1/posts", "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Minister\",\"from\":\"2013-08-15\",\"to\":\"2017-08-20\"}"
                .formatted(first, ministry));
        create("/api/v1/posts", "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Minister\",\"from\":\"2017-08-20\"}"
                .formatted(second, ministry));

        assertThat(holders(ministry, "2016")).containsExactly(first);
        assertThat(holders(ministry, "1395")).containsExactly(first);
        assertThat(holders(ministry, "2020-01-01")).containsExactly(second);
        assertThat(holders(ministry, "1988")).isEmpty();
        assertThat(getJson("/api/v1/posts?organisation=" + ministry + "&at=1367-12-30", admin()).status()).isEqualTo(400);
    }

    private List<String> holders(String organisation, String at) throws Exception {
        List<String> people = new ArrayList<>();
        getJson("/api/v1/posts?organisation=" + organisation + "&title=Minister&at=" + at, admin()).body().get("items")
                .forEach(p -> people.add(p.get("person").asString()));
        return people;
    }
}
