package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description is generated from the record types: every declared field of every type, and every child
 * list with its fields, is in that type's schema with its JSON type, enum values and required flag; the paths are
 * per type with real response codes; the examples come from the demo data; Swagger UI is served from the jar.
 */
class ApiDocumentationTests extends ApiTest {

    @Autowired
    RecordTypes types;

    @Test
    void theOpenApiDescriptionIsPublicAndNamesTheRecordTypesAndTheBearerScheme() throws Exception {
        JsonNode doc = doc();
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1v1~1persons/get/operationId").asString()).isEqualTo("listPersons");
        assertThat(doc.at("/paths/~1api~1v1~1testimonies~1{id}/put/operationId").asString())
                .isEqualTo("updateTestimonies");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString()).contains("UP");
    }

    @Test
    void everyDeclaredFieldOfEveryTypeIsInItsSchemaWithItsJsonTypeEnumValuesAndRequiredFlag() throws Exception {
        JsonNode schemas = doc().path("components").path("schemas");
        assertThat(types.all()).isNotEmpty();
        for (RecordType type : types.all()) {
            JsonNode schema = schemas.path(OpenApiSchemas.schemaName(type));
            assertThat(schema.isObject()).as("schema of %s", type.path()).isTrue();
            assertFields(type.path(), schema, type.fields());
            for (ChildList list : type.children()) {
                JsonNode array = schema.path("properties").path(list.json());
                assertThat(array.path("type").asString()).as("%s.%s", type.path(), list.json()).isEqualTo("array");
                assertThat(required(schema).contains(list.json())).as("%s.%s required", type.path(), list.json())
                        .isEqualTo(list.minItems() > 0);
                assertThat(array.path("items").path("type").asString()).isEqualTo("object");
                assertFields(type.path() + "." + list.json() + "[]", array.path("items"), list.fields());
            }
            JsonNode properties = schema.path("properties");
            assertThat(strings(properties.path("confidentiality").path("enum")))
                    .containsExactly("PUBLIC", "INTERNAL", "RESTRICTED", "SECRET");
            for (String meta : List.of("id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy", "deleted",
                    "citations")) {
                assertThat(properties.path(meta).path("readOnly").asBoolean()).as("%s.%s", type.path(), meta).isTrue();
            }
        }
        assertThat(schemas.at("/Person/properties/posts/readOnly").asBoolean()).isTrue();
        assertThat(schemas.at("/Person/properties/contact/description").asString()).contains("[sealed]");
        assertThat(schemas.at("/Source/properties/sha256/readOnly").asBoolean()).isTrue();
    }

    @Test
    void everyTypeHasItsOwnPathsWithRealResponseCodesAndNoPathIsGeneric() throws Exception {
        JsonNode doc = doc();
        List<String> paths = new ArrayList<>(doc.path("paths").propertyNames());
        assertThat(paths).noneMatch(p -> p.contains("{type}"));
        assertThat(doc.at("/components/schemas/JsonNode/properties/nodeType").isMissingNode()).isTrue();
        for (RecordType type : types.all()) {
            String base = "/api/v1/" + type.path();
            assertThat(paths).contains(base, base + "/count", base + "/{id}", base + "/{id}/restore",
                    base + "/{id}/history");
            JsonNode collection = doc.path("paths").path(base);
            JsonNode item = doc.path("paths").path(base + "/{id}");
            assertThat(collection.at("/get/responses/200/content/application~1json/schema/properties/items/items/$ref")
                    .asString()).isEqualTo("#/components/schemas/" + OpenApiSchemas.schemaName(type));
            assertThat(collection.at("/post/responses/201/headers").propertyNames()).contains("Location", "ETag");
            assertThat(collection.at("/post/responses/400/content/application~1problem+json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/ProblemDetail");
            assertThat(item.at("/get/responses").propertyNames()).contains("200", "401", "404");
            assertThat(item.at("/put/responses").propertyNames()).contains("200", "400", "401", "404", "412", "428");
            assertThat(item.at("/delete/responses").propertyNames()).contains("204", "404", "412");
            assertThat(doc.at("/paths/" + (base + "/count").replace("/", "~1")
                    + "/get/responses/200/content/application~1json/schema/properties/count/type").asString())
                    .isEqualTo("integer");
        }
        assertThat(doc.at("/components/schemas/ProblemDetail/properties/errors/items/properties").propertyNames())
                .contains("field", "message");
        assertThat(doc.at("/paths/~1api~1v1~1persons/get/parameters").toString()).contains("\"name\"", "\"status\"");
    }

    @Test
    void vocabulariesDatesAndReferencesAreDescribed() throws Exception {
        JsonNode act = doc().at("/components/schemas/Act/properties");
        assertThat(act.at("/type/externalDocs/url").asString()).isEqualTo("/api/v1/vocabularies/ACT_TYPE");
        assertThat(act.at("/date/description").asString()).contains("1988-07-29", "Mordad 1367", "مرداد ۱۳۶۷",
                "summer 1988", "1988-07/1988-09", "before 1988");
        assertThat(act.at("/dateDetail/readOnly").asBoolean()).isTrue();
        assertThat(act.at("/victim/format").asString()).isEqualTo("uuid");
        assertThat(act.at("/victim/x-references").asString()).isEqualTo("persons");
    }

    @Test
    void examplesComeFromTheFirstDemoRecordWithEveryRequiredAndOnlyWritableFields() throws Exception {
        JsonNode doc = doc();
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/demo-data.json").getInputStream()) {
            demo = json.readTree(in);
        }
        JsonNode person = doc.at("/paths/~1api~1v1~1persons/post/requestBody/content/application~1json/example");
        assertThat(person.at("/names/0/text").asString()).isEqualTo(demo.at("/persons/0/names/0/text").asString());
        int withExamples = 0;
        for (RecordType type : types.all()) {
            JsonNode example = doc.at("/paths/" + ("/api/v1/" + type.path()).replace("/", "~1")
                    + "/post/requestBody/content/application~1json/example");
            if (example.isMissingNode()) {
                continue;
            }
            withExamples++;
            JsonNode schema = doc.at("/components/schemas/" + OpenApiSchemas.schemaName(type));
            assertThat(example.propertyNames()).as("%s example has the required fields", type.path())
                    .containsAll(required(schema));
            JsonNode properties = schema.path("properties");
            for (String name : example.propertyNames()) {
                assertThat(properties.has(name)).as("%s example field %s", type.path(), name).isTrue();
                assertThat(properties.path(name).path("readOnly").asBoolean()).as("%s.%s", type.path(), name).isFalse();
            }
        }
        assertThat(withExamples).isGreaterThan(5);
    }

    @Test
    void swaggerUiIsServedFromTheJarWithoutInlineScript() throws Exception {
        var redirect = mvc.perform(get("/api-docs")).andReturn().getResponse();
        assertThat(redirect.getStatus()).isBetween(300, 399);
        assertThat(redirect.getHeader("Location")).contains("/swagger-ui/index.html");
        var index = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(index.getStatus()).isEqualTo(200);
        assertThat(index.getContentAsString()).contains("swagger-initializer.js").doesNotContainPattern("<script>")
                .doesNotContain("//cdn").doesNotContain("unpkg");
        assertThat(index.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        var initializer = mvc.perform(get("/swagger-ui/swagger-initializer.js")).andReturn().getResponse();
        assertThat(initializer.getStatus()).isEqualTo(200);
        assertThat(initializer.getContentAsString()).contains("/v3/api-docs");
        assertThat(mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private void assertFields(String where, JsonNode schema, List<Field> fields) {
        JsonNode properties = schema.path("properties");
        for (Field field : fields) {
            JsonNode property = properties.path(field.json());
            String name = where + "." + field.json();
            assertThat(property.isObject()).as("%s is in the schema", name).isTrue();
            assertThat(property.path("type").asString()).as("%s type", name).isEqualTo(jsonType(field.kind()));
            switch (field.kind()) {
                case ENUM -> assertThat(strings(property.path("enum"))).as("%s enum", name).isEqualTo(field.values());
                case INTEGER -> assertThat(property.path("format").asString()).isEqualTo("int64");
                case REF, UUID -> assertThat(property.path("format").asString()).as("%s format", name)
                        .isEqualTo("uuid");
                case VOCAB -> assertThat(property.at("/externalDocs/url").asString()).as("%s vocabulary", name)
                        .isEqualTo("/api/v1/vocabularies/" + field.target());
                case TEXT, SEALED -> assertThat(property.path("maxLength").asInt()).isEqualTo(field.maxLength());
                case DATE -> assertThat(properties.path(field.json() + "Detail").path("readOnly").asBoolean())
                        .as("%sDetail", name).isTrue();
                default -> { }
            }
            assertThat(required(schema).contains(field.json())).as("%s required", name)
                    .isEqualTo(field.required() && !field.generated());
            assertThat(property.path("readOnly").asBoolean()).as("%s read-only", name).isEqualTo(field.generated());
        }
    }

    private static String jsonType(Field.Kind kind) {
        return switch (kind) {
            case INTEGER -> "integer";
            case DECIMAL -> "number";
            case BOOLEAN -> "boolean";
            case TEXT, SEALED, ENUM, VOCAB, REF, UUID, DATE -> "string";
        };
    }

    private static List<String> required(JsonNode schema) {
        return strings(schema.path("required"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.asString()));
        return values;
    }

    private JsonNode doc() throws Exception {
        var response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }
}
