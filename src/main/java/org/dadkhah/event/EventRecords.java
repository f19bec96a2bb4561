package org.dadkhah.event;

import java.util.List;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.DateRangeFilter;
import org.dadkhah.records.ListFilter;
import org.dadkhah.records.Field;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.Confidentiality;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares events, acts, involvements and proceedings as record types. */
@Configuration(proxyBeanMethods = false)
class EventRecords {

    @Bean
    RecordType events() {
        return RecordType.of("events", "event", "event", Confidentiality.PUBLIC, List.of(
                Field.text("title", "title").mandatory().max(500),
                Field.text("titleFa", "title_fa").max(500),
                Field.text("description", "description"),
                Field.ref("parent", "parent_id", "event"),
                Field.ref("place", "place_id", "place"),
                Field.date("start", "start"),
                Field.date("end", "end")));
    }

    /** {@code ?from=} on acts: their date may reach it. */
    @Bean
    ListFilter actsFrom() {
        return DateRangeFilter.from("acts", "date", "date");
    }

    /** {@code ?to=} on acts. */
    @Bean
    ListFilter actsTo() {
        return DateRangeFilter.to("acts", "date", "date");
    }

    /** {@code ?from=} on events: their span (start to end) may reach it. */
    @Bean
    ListFilter eventsFrom() {
        return DateRangeFilter.from("events", "start", "end");
    }

    /** {@code ?to=} on events. */
    @Bean
    ListFilter eventsTo() {
        return DateRangeFilter.to("events", "start", "end");
    }

    /** {@code ?from=} on proceedings. */
    @Bean
    ListFilter proceedingsFrom() {
        return DateRangeFilter.from("proceedings", "date", "date");
    }

    /** {@code ?to=} on proceedings. */
    @Bean
    ListFilter proceedingsTo() {
        return DateRangeFilter.to("proceedings", "date", "date");
    }

    @Bean
    RecordType acts() {
        return RecordType.of("acts", "act", "act", Confidentiality.INTERNAL, List.of(
                Field.vocab("type", "type", "ACT_TYPE").mandatory(),
                Field.ref("victim", "victim_id", "person").mandatory(),
                Field.ref("event", "event_id", "event"),
                Field.ref("place", "place_id", "place"),
                Field.date("date", "date"),
                Field.text("victimStatusAfter", "victim_status_after").max(200),
                Field.text("description", "description")));
    }

    @Bean
    RecordType involvements() {
        return RecordType.of("involvements", "involvement", "involvement", Confidentiality.INTERNAL, List.of(
                        Field.ref("act", "act_id", "act").mandatory(),
                        Field.ref("perpetratorPerson", "perpetrator_person_id", "person"),
                        Field.ref("perpetratorOrganisation", "perpetrator_organisation_id", "organisation"),
                        Field.vocab("role", "role", "INVOLVEMENT_ROLE").mandatory(),
                        Field.text("notes", "notes")))
                .withRules((columns, lookup) -> (columns.get("perpetrator_person_id") == null)
                        == (columns.get("perpetrator_organisation_id") == null)
                        ? List.of(new FieldProblem("perpetratorPerson",
                                "Give exactly one perpetrator: a person or an organisation"))
                        : List.of());
    }

    @Bean
    RecordType proceedings() {
        ChildList parties = ChildList.of("parties", "proceeding_party", List.of(
                Field.ref("person", "person_id", "person").mandatory(),
                Field.vocab("role", "role", "PROCEEDING_ROLE").mandatory()));
        return RecordType.of("proceedings", "proceeding", "proceeding", Confidentiality.PUBLIC, List.of(
                        Field.text("title", "title").mandatory().max(500),
                        Field.vocab("kind", "kind", "PROCEEDING_KIND").mandatory(),
                        Field.ref("court", "court_id", "organisation"),
                        Field.ref("place", "place_id", "place"),
                        Field.date("date", "date"),
                        Field.text("caseNumber", "case_number").max(200),
                        Field.text("charges", "charges"),
                        Field.text("verdict", "verdict"),
                        Field.text("sentence", "sentence")))
                .withChildren(parties);
    }
}
