package org.dadkhah.organisation;

import java.util.List;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.Confidentiality;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares organisations and posts held as record types. */
@Configuration(proxyBeanMethods = false)
class OrganisationRecords {

    @Bean
    RecordType organisations() {
        return RecordType.of("organisations", "organisation", "organisation", Confidentiality.PUBLIC, List.of(
                Field.text("name", "name").mandatory().max(300),
                Field.text("nameFa", "name_fa").max(300),
                Field.vocab("kind", "kind", "ORGANISATION_KIND").mandatory(),
                Field.ref("parent", "parent_id", "organisation"),
                Field.text("description", "description")));
    }

    @Bean
    RecordType posts() {
        return RecordType.of("posts", "post", "post_held", Confidentiality.PUBLIC, List.of(
                Field.ref("person", "person_id", "person").mandatory(),
                Field.ref("organisation", "organisation_id", "organisation").mandatory(),
                Field.text("title", "title").mandatory().max(300).filtered(),
                Field.date("from", "from"),
                Field.date("to", "to")));
    }
}
