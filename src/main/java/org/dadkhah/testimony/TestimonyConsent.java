package org.dadkhah.testimony;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Answers what a testimony's consent allows, for the exports and case files: whether it may be quoted for a given
 * prosecutor and whether the witness may be named. A withdrawn consent allows nothing.
 */
@Service
public class TestimonyConsent {

    private final JdbcClient jdbc;

    TestimonyConsent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the testimony may be quoted in a case file prepared for {@code prosecutor}. */
    public boolean mayQuoteFor(UUID testimony, String prosecutor) {
        return consent(testimony).map(c -> {
            if (Boolean.TRUE.equals(c.get("consent_withdrawn"))) {
                return false;
            }
            ConsentScope scope = ConsentScope.valueOf((String) c.get("consent_scope"));
            if (scope == ConsentScope.PUBLICATION) {
                return true;
            }
            String named = (String) c.get("consent_prosecutors");
            return scope == ConsentScope.NAMED_PROSECUTORS && named != null && Arrays.stream(named.split("[,;\\n]"))
                    .map(String::strip).anyMatch(n -> n.equalsIgnoreCase(prosecutor.strip()));
        }).orElse(false);
    }

    /** Whether the witness's name may appear outside the organisation (exports, case files, publications). */
    public boolean mayName(UUID testimony) {
        return consent(testimony).map(c -> !Boolean.TRUE.equals(c.get("consent_withdrawn"))
                && Boolean.TRUE.equals(c.get("consent_name_public"))).orElse(false);
    }

    private Optional<Map<String, Object>> consent(UUID testimony) {
        return jdbc.sql("""
                select consent_scope, consent_prosecutors, consent_name_public, consent_withdrawn
                from testimony where id = ? and deleted_at is null""").param(testimony).query().listOfRows().stream()
                .findFirst();
    }
}
