package org.dadkhah.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.Field;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.records.RecordRule;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.Confidentiality;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares sources, citations and claims as record types. */
@Configuration(proxyBeanMethods = false)
class SourceRecords {

    @Bean
    RecordType sources() {
        return RecordType.of("sources", "source", "source", Confidentiality.PUBLIC, List.of(
                        Field.vocab("kind", "kind", "SOURCE_KIND").mandatory(),
                        Field.text("title", "title").mandatory().max(1000),
                        Field.text("publisher", "publisher").max(500),
                        Field.text("author", "author").max(500),
                        Field.date("date", "date"),
                        Field.text("language", "language").max(20),
                        Field.text("url", "url").max(2000),
                        Field.enumeration("reliability", "reliability", Reliability.class),
                        Field.text("sha256", "sha256").systemSet().filtered(),
                        Field.text("fileName", "file_name").systemSet()))
                .withRules((columns, lookup) -> {
                    if (columns.get("reliability") == null) {
                        columns.put("reliability", Reliability.UNKNOWN.name());
                    }
                    Object url = columns.get("url");
                    return url != null && !((String) url).matches("(?i)https?://\\S+")
                            ? List.of(new FieldProblem("url", "Must be an http or https address"))
                            : List.of();
                });
    }

    @Bean
    RecordType citations() {
        return RecordType.of("citations", "citation", "citation", Confidentiality.PUBLIC, List.of(
                        Field.ref("source", "source_id", "source").mandatory(),
                        Field.text("recordType", "record_type").mandatory().filtered(),
                        Field.uuid("recordId", "record_id").mandatory(),
                        Field.text("locator", "locator").max(500),
                        Field.text("excerpt", "excerpt").max(20_000)))
                .withRules((columns, lookup) -> target(columns, lookup, "record_type", "record_id", "recordType",
                        "recordId"));
    }

    @Bean
    RecordType claims() {
        return RecordType.of("claims", "claim", "claim", Confidentiality.PUBLIC, List.of(
                        Field.enumeration("subjectType", "subject_type", ClaimSubject.class).mandatory(),
                        Field.uuid("subjectId", "subject_id").mandatory(),
                        Field.vocab("counted", "counted", "COUNTED").mandatory(),
                        Field.integer("low", "value_low"),
                        Field.integer("high", "value_high"),
                        Field.text("statement", "statement").max(5000),
                        Field.text("attributedTo", "attributed_to").max(500),
                        Field.ref("source", "source_id", "source").mandatory(),
                        Field.text("locator", "locator").max(500),
                        Field.text("excerpt", "excerpt").max(20_000),
                        Field.date("claimDate", "claim_date"),
                        Field.enumeration("confidence", "confidence", Confidence.class)))
                .withRules(SourceRecords::checkClaim);
    }

    private static List<FieldProblem> checkClaim(Map<String, Object> columns, RecordRule.Lookup lookup) {
        List<FieldProblem> problems = new ArrayList<>();
        if (columns.get("confidence") == null) {
            columns.put("confidence", Confidence.MEDIUM.name());
        }
        Object low = columns.get("value_low");
        Object high = columns.get("value_high");
        if (low == null && high == null && columns.get("statement") == null) {
            problems.add(new FieldProblem("low", "Give a figure (low and/or high) or a statement"));
        }
        if (low instanceof Long l && l < 0 || high instanceof Long h && h < 0) {
            problems.add(new FieldProblem(low instanceof Long l2 && l2 < 0 ? "low" : "high", "Must not be negative"));
        }
        if (low instanceof Long l && high instanceof Long h && l > h) {
            problems.add(new FieldProblem("high", "Must not be below low"));
        }
        String subjectType = (String) columns.get("subject_type");
        UUID subject = (UUID) columns.get("subject_id");
        if (subjectType != null && subject != null
                && !lookup.exists(ClaimSubject.valueOf(subjectType).typeName(), subject)) {
            problems.add(new FieldProblem("subjectId", "No " + subjectType.toLowerCase() + " with id " + subject));
        }
        return problems;
    }

    static List<FieldProblem> target(Map<String, Object> columns, RecordRule.Lookup lookup, String typeColumn,
            String idColumn, String typeJson, String idJson) {
        String type = (String) columns.get(typeColumn);
        UUID id = (UUID) columns.get(idColumn);
        if (type == null || id == null) {
            return List.of();
        }
        var canonical = lookup.canonicalName(type);
        if (canonical.isEmpty()) {
            return List.of(new FieldProblem(typeJson, "Unknown record type " + type + "; the record types are "
                    + String.join(", ", lookup.typeNames())));
        }
        columns.put(typeColumn, canonical.get());
        return lookup.exists(type, id) ? List.of()
                : List.of(new FieldProblem(idJson, "No " + canonical.get() + " with id " + id));
    }
}
