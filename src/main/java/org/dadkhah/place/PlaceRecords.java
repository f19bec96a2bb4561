package org.dadkhah.place;

import java.util.List;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.Confidentiality;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares places as a record type. */
@Configuration(proxyBeanMethods = false)
class PlaceRecords {

    @Bean
    RecordType places() {
        return RecordType.of("places", "place", "place", Confidentiality.PUBLIC, List.of(
                Field.text("name", "name").mandatory().max(300),
                Field.text("nameFa", "name_fa").max(300),
                Field.vocab("kind", "kind", "PLACE_KIND").mandatory(),
                Field.ref("parent", "parent_id", "place"),
                Field.decimal("latitude", "latitude"),
                Field.decimal("longitude", "longitude")))
                .withRules(Coordinates::check);
    }
}
