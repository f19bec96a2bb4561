package org.dadkhah.records;

import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;

/**
 * The JSON schemas of the record types, built from their declared {@link Field}s and {@link ChildList}s: one
 * component per type ({@code Person}), the read-only metadata every record carries, the embeds other modules add,
 * and the shared {@code PartialDate} and {@code ProblemDetail} components.
 */
final class OpenApiSchemas {

    static final String PROBLEM = "ProblemDetail";

    static final String DATE_FORMS = "A partial date, kept as entered, in the Gregorian or Solar Hijri calendar: "
            + "`1988-07-29`, `1367-05-07`, `Mordad 1367`, `مرداد ۱۳۶۷`, `summer 1988`, `1367`, "
            + "`1988-07/1988-09`, `before 1988`. Its reading comes back in the read-only companion `<field>Detail`.";

    static final String SEALED = "Sealed: encrypted at rest; `[sealed]` for callers who may not see it (sent back "
            + "unchanged, `[sealed]` leaves the stored value as it is).";

    private final RecordTypes types;
    private final List<RecordEmbed> embeds;

    OpenApiSchemas(RecordTypes types, List<RecordEmbed> embeds) {
        this.types = types;
        this.embeds = embeds;
    }

    /** The component name of a record type's schema: its singular name, capitalised ({@code Person}). */
    static String schemaName(RecordType type) {
        return type.name().substring(0, 1).toUpperCase(Locale.ROOT) + type.name().substring(1);
    }

    static Schema<Object> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }

    /** The schema of one record type: metadata, fields (with date companions), child lists and embeds. */
    Schema<Object> record(RecordType type) {
        Schema<Object> schema = object().description("A " + type.name() + " record (`/api/v1/" + type.path()
                + "`). Read-only properties are ignored or refused in request bodies.");
        schema.addProperty("id", uuid("The record's id").readOnly(true));
        schema.addProperty("version", typed("integer").format("int64").readOnly(true)
                .description("Incremented by every change; send it back in If-Match (the ETag) to update or delete"));
        schema.addProperty("confidentiality", typed("string")
                ._enum(Arrays.stream(Confidentiality.values()).map(Enum::name).map(Object.class::cast).toList())
                ._default(type.defaultLevel().name())
                .description("Who may read the record: PUBLIC < INTERNAL < RESTRICTED < SECRET (default "
                        + type.defaultLevel() + ")"));
        addFields(schema, type.fields());
        for (ChildList list : type.children()) {
            Schema<Object> items = object().description("One of the " + list.json() + " (the list is replaced whole)");
            addFields(items, list.fields());
            ArraySchema array = new ArraySchema();
            array.items(items).description("Child list `" + list.json() + "`, kept in order")
                    .minItems(list.minItems() > 0 ? list.minItems() : null);
            schema.addProperty(list.json(), array);
            if (list.minItems() > 0) {
                schema.addRequiredItem(list.json());
            }
        }
        schema.addProperty("createdAt", dateTime("When the record was created"));
        schema.addProperty("updatedAt", dateTime("When the record last changed"));
        schema.addProperty("createdBy", typed("string").readOnly(true).description("Who created it"));
        schema.addProperty("updatedBy", typed("string").readOnly(true).description("Who changed it last"));
        schema.addProperty("deleted", typed("boolean").readOnly(true)
                .description("Present and true on a deleted record"));
        for (RecordEmbed embed : embeds) {
            if (embed.path().equals(type.path()) || embed.path().equals("*")) {
                schema.addProperty(embed.json(), new ArraySchema().items(object().additionalProperties(true))
                        .readOnly(true).description("Read-only: `" + embed.json()
                                + "` the caller may see, added by the server to every representation"));
            }
        }
        return schema;
    }

    private void addFields(Schema<Object> schema, List<Field> fields) {
        for (Field field : fields) {
            schema.addProperty(field.json(), field(field));
            if (field.kind() == Field.Kind.DATE) {
                schema.addProperty(field.json() + RecordJson.DETAIL, partialDateDetail(field));
            }
            if (field.kind() == Field.Kind.REF) {
                schema.addProperty(field.json() + ReferenceLabels.SUFFIX, typed("string").readOnly(true)
                        .description("Read-only: the name or title of the referenced record, present only when the "
                                + "caller may see that record"));
            }
            if (field.required() && !field.generated()) {
                schema.addRequiredItem(field.json());
            }
        }
    }

    /** The schema of one field's value. */
    Schema<Object> field(Field field) {
        Schema<Object> schema = switch (field.kind()) {
            case TEXT -> typed("string").maxLength(field.maxLength());
            case SEALED -> extended(typed("string").maxLength(field.maxLength()).description(SEALED),
                    "x-sealed", true);
            case INTEGER -> typed("integer").format("int64");
            case DECIMAL -> typed("number").format("double");
            case BOOLEAN -> typed("boolean");
            case ENUM -> typed("string")._enum(field.values().stream().map(Object.class::cast).toList());
            case VOCAB -> vocabulary(Objects.requireNonNull(field.target()));
            case REF -> reference(Objects.requireNonNull(field.target()));
            case UUID -> uuid(null);
            case DATE -> extended(typed("string").description(DATE_FORMS), "x-partial-date", true);
        };
        if (field.generated()) {
            schema.readOnly(true);
            schema.description(join(schema.getDescription(), "Set by the server."));
        }
        return schema;
    }

    private static Schema<Object> vocabulary(String name) {
        String url = "/api/v1/vocabularies/" + name;
        return extended(typed("string")
                .description("A code of the vocabulary " + name + ": the allowed codes are listed at `GET " + url + "`")
                .externalDocs(new ExternalDocumentation().description("The codes of " + name).url(url)),
                "x-vocabulary", name);
    }

    private Schema<Object> reference(String table) {
        String path = types.all().stream().filter(t -> t.table().equals(table)).map(RecordType::path).findFirst()
                .orElse(table);
        return extended(uuid("The id of the " + table + " it refers to (`/api/v1/" + path
                + "/{id}`), one the caller may see"),
                "x-references", path);
    }

    private static Schema<Object> partialDateDetail(Field field) {
        return object().readOnly(true).description("Read-only reading of `" + field.json()
                        + "`: calendar, precision, earliest and latest day, the date in both calendars")
                .addProperty("text", typed("string"))
                .addProperty("calendar", typed("string"))
                .addProperty("precision", typed("string"))
                .addProperty("earliest", typed("string").format("date"))
                .addProperty("latest", typed("string").format("date"))
                .addProperty("gregorian", typed("string"))
                .addProperty("solarHijri", typed("string"));
    }

    /** RFC 9457 problem details, with the field-level errors of a refused body. */
    static Schema<Object> problem() {
        Schema<Object> error = object().addProperty("field", typed("string")
                        .description("The field, e.g. `names[0].text`; empty for the whole body"))
                .addProperty("message", typed("string"));
        return object().description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", typed("string").format("uri"))
                .addProperty("title", typed("string"))
                .addProperty("status", typed("integer").format("int32"))
                .addProperty("detail", typed("string"))
                .addProperty("instance", typed("string").format("uri"))
                .addProperty("errors", new ArraySchema().items(error)
                        .description("What is wrong, field by field (400)"))
                .addProperty("currentVersion", typed("integer").format("int64")
                        .description("The record's current version (412)"));
    }

    /** The body of a list: one page of records and the cursor of the next. */
    static Schema<Object> page(RecordType type) {
        return object().addProperty("items", new ArraySchema().items(ref(schemaName(type))))
                .addProperty("next", new Schema<>().types(new LinkedHashSet<>(List.of("string", "null"))).format("uuid")
                        .description("Pass as `after` to get the next page; null on the last page"))
                .required(List.of("items"));
    }

    /** The body of a count. */
    static Schema<Object> count() {
        return object().addProperty("count", typed("integer").format("int64")).required(List.of("count"));
    }

    static Schema<Object> object() {
        return typed("object");
    }

    /** A schema of one JSON type, written as {@code type} in both OpenAPI 3.0 and 3.1. */
    static Schema<Object> typed(String jsonType) {
        return new Schema<>().type(jsonType).types(new LinkedHashSet<>(List.of(jsonType)));
    }

    private static Schema<Object> uuid(@Nullable String description) {
        return typed("string").format("uuid").description(description);
    }

    private static Schema<Object> dateTime(String description) {
        return typed("string").format("date-time").readOnly(true).description(description);
    }

    private static Schema<Object> extended(Schema<Object> schema, String name, Object value) {
        schema.addExtension(name, value);
        return schema;
    }

    private static String join(@Nullable String first, String second) {
        return first == null ? second : first + " " + second;
    }
}
