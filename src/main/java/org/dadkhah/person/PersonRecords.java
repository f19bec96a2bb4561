package org.dadkhah.person;

import java.util.List;
import java.util.Map;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.records.ListFilter;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Visibility.Condition;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.NameKeys;
import org.dadkhah.shared.NameKind;
import org.dadkhah.shared.Script;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares persons and their relationships as record types. */
@Configuration(proxyBeanMethods = false)
class PersonRecords {

    @Bean
    RecordType persons() {
        ChildList names = ChildList.of("names", "person_name", List.of(
                        Field.text("text", "text").mandatory().max(300),
                        Field.enumeration("script", "script", Script.class).mandatory(),
                        Field.enumeration("kind", "kind", NameKind.class).mandatory()))
                .atLeast(1)
                .deriving(row -> Map.of("match_key", NameKeys.matchKey((String) row.get("text")),
                        "skeleton", NameSkeletons.of((String) row.get("text"))));
        ChildList affiliations = ChildList.of("affiliations", "person_affiliation", List.of(
                Field.ref("organisation", "organisation_id", "organisation"),
                Field.text("description", "description").max(1000)));
        return RecordType.of("persons", "person", "person", Confidentiality.INTERNAL, List.of(
                        Field.text("fatherName", "father_name").max(300),
                        Field.enumeration("sex", "sex", Sex.class),
                        Field.date("birthDate", "birth_date"),
                        Field.ref("birthplace", "birthplace_id", "place"),
                        Field.enumeration("status", "status", PersonStatus.class),
                        Field.text("notes", "notes"),
                        Field.sealed("contact", "contact_sealed")))
                .withChildren(names, affiliations)
                .withRules((columns, lookup) -> {
                    if (columns.get("sex") == null) {
                        columns.put("sex", Sex.UNKNOWN.name());
                    }
                    if (columns.get("status") == null) {
                        columns.put("status", PersonStatus.UNKNOWN.name());
                    }
                    return List.<FieldProblem>of();
                });
    }

    /** {@code ?organisation=ID} on persons: those with an affiliation to that organisation (their own child rows). */
    @Bean
    ListFilter personOrganisationFilter() {
        return new ListFilter() {
            @Override
            public String path() {
                return "persons";
            }

            @Override
            public String parameter() {
                return "organisation";
            }

            @Override
            public Condition condition(String value) {
                try {
                    return new Condition("exists (select 1 from person_affiliation a where a.parent_id = t.id"
                            + " and a.organisation_id = ?)", List.of(java.util.UUID.fromString(value.strip())));
                } catch (IllegalArgumentException e) {
                    throw org.dadkhah.records.InvalidRecordException.of("organisation", "Not a valid value for this filter");
                }
            }
        };
    }

    @Bean
    ListFilter personNameFilter() {
        return new ListFilter() {
            @Override
            public String path() {
                return "persons";
            }

            @Override
            public String parameter() {
                return "name";
            }

            @Override
            public Condition condition(String value) {
                String key = literal(NameKeys.matchKey(value));
                String skeleton = literal(NameSkeletons.searchable(value));
                if (key.isEmpty() && skeleton.isEmpty()) {
                    throw org.dadkhah.records.InvalidRecordException.of("name",
                            "Give a name with letters (in Persian or Latin script)");
                }
                return new Condition("exists (select 1 from person_name n where n.parent_id = t.id and "
                        + "((? <> '' and n.match_key like '%' || ? || '%') or (? <> '' and n.skeleton like '%' || ? || '%')))",
                        List.of(key, key, skeleton, skeleton));
            }
        };
    }

    /** A value to search for with LIKE, its wildcards and escape character taken literally. */
    static String literal(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Bean
    RecordType relationships() {
        return RecordType.of("relationships", "relationship", "relationship", Confidentiality.INTERNAL, List.of(
                        Field.ref("person", "person_id", "person").mandatory(),
                        Field.ref("relatedPerson", "related_person_id", "person").mandatory(),
                        Field.vocab("kind", "kind", "RELATIONSHIP_KIND").mandatory(),
                        Field.text("notes", "notes")))
                .withRules((columns, lookup) -> columns.get("person_id") != null
                        && columns.get("person_id").equals(columns.get("related_person_id"))
                        ? List.of(new FieldProblem("relatedPerson", "A person cannot be related to themselves"))
                        : List.of());
    }
}
