package org.dadkhah.testimony;

import java.util.List;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Visibility;
import org.dadkhah.shared.Confidentiality;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares testimonies: the witness's identity, contact and the transcript are sealed (encrypted at rest); a
 * withdrawn consent hides the testimony from everyone but admins on every read path at once.
 */
@Configuration(proxyBeanMethods = false)
class TestimonyRecords {

    @Bean
    RecordType testimonies() {
        return RecordType.of("testimonies", "testimony", "testimony", Confidentiality.SECRET, List.of(
                        Field.ref("source", "source_id", "source"),
                        Field.sealed("intervieweeName", "interviewee_sealed"),
                        Field.sealed("contact", "contact_sealed"),
                        Field.text("takenBy", "taken_by").max(300),
                        Field.date("taken", "taken"),
                        Field.ref("place", "place_id", "place"),
                        Field.text("language", "language").max(20),
                        Field.sealed("transcript", "transcript_sealed"),
                        Field.enumeration("consentScope", "consent_scope", ConsentScope.class),
                        Field.text("consentProsecutors", "consent_prosecutors").max(2000),
                        Field.bool("consentNamePublic", "consent_name_public"),
                        Field.bool("consentWithdrawn", "consent_withdrawn"),
                        Field.text("notes", "notes")))
                .withRules((columns, lookup) -> {
                    if (columns.get("consent_scope") == null) {
                        columns.put("consent_scope", ConsentScope.INTERNAL_ONLY.name());
                    }
                    for (String flag : List.of("consent_name_public", "consent_withdrawn")) {
                        if (columns.get(flag) == null) {
                            columns.put(flag, false);
                        }
                    }
                    return List.of();
                })
                .withReadFilter(caller -> new Visibility.Condition("(t.consent_withdrawn = false or ?)",
                        List.of(caller.isAdmin())))
                .withSealedPolicy((row, caller) -> Boolean.TRUE.equals(row.get("consent_withdrawn"))
                        ? caller.isAdmin()
                        : Visibility.maySeeSealed(caller, (String) row.get("created_by")));
    }
}
