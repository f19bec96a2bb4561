package org.dadkhah.records;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /api-docs}): bearer-token security, and
 * for every record type its own paths ({@code /api/v1/persons}, {@code /api/v1/persons/{id}}, ...) and schema
 * ({@code Person}) built from its declared fields, in place of the generic {@code /api/v1/{type}} paths the
 * controllers serve.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String GENERIC = "{type}";

    /** What springdoc calls a {@code JsonNode} body, described by Jackson's internals unless replaced. */
    private static final String JSON_NODE = "JsonNode";

    private static final Pattern SCHEMA_REF = Pattern.compile("#/components/schemas/([^\"]+)\"");

    @Bean
    OpenApiCustomizer recordTypesInOpenApi(RecordTypes types, List<RecordEmbed> embeds, List<ListFilter> filters,
            JsonMapper json) {
        OpenApiSchemas schemas = new OpenApiSchemas(types, embeds);
        OpenApiPaths paths = new OpenApiPaths(schemas, new OpenApiExamples(types, json), filters);
        return api -> {
            api.info(new Info().title("Dadkhah API").version("v1").description("""
                    Who did what to whom, with sources. Every record type has its own paths and schema below; \
                    send `Authorization: Bearer TOKEN` (`./dadkhah token create --user U --scope read|write`). \
                    Dates are partial dates given as text; errors are RFC 9457 `application/problem+json`."""));
            if (api.getComponents() == null) {
                api.components(new Components());
            }
            api.getComponents().addSecuritySchemes("bearer",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("./dadkhah token create --user U --scope read|write"));
            api.setSecurity(null);
            api.addSecurityItem(new SecurityRequirement().addList("bearer"));
            api.getComponents().addSchemas(OpenApiSchemas.PROBLEM, OpenApiSchemas.problem());
            for (RecordType type : types.all()) {
                api.getComponents().addSchemas(OpenApiSchemas.schemaName(type), schemas.record(type));
                api.addTagsItem(new Tag().name(type.path()).description("The " + type.name() + " records"));
            }
            replaceGenericPaths(api, types, paths);
        };
    }

    /** Puts one set of paths per record type in place of every {@code /api/v1/{type}...} path. */
    private static void replaceGenericPaths(OpenAPI api, RecordTypes types, OpenApiPaths paths) {
        Map<String, PathItem> generic = new LinkedHashMap<>();
        Paths result = new Paths();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> {
                if (path.contains(GENERIC)) {
                    generic.put(path, item);
                } else {
                    result.addPathItem(path, item);
                }
            });
        }
        Set<String> maybeUnused = schemaRefs(generic);
        for (RecordType type : types.all()) {
            String base = "/api/v1/" + type.path();
            result.addPathItem(base, paths.collection(type));
            result.addPathItem(base + "/count", paths.count(type));
            result.addPathItem(base + "/{id}", paths.item(type));
            result.addPathItem(base + "/{id}/restore", paths.restore(type));
            generic.forEach((path, item) -> {
                PathItem concrete = result.computeIfAbsent(path.replace(GENERIC, type.path()), p -> new PathItem());
                item.readOperationsMap().forEach((method, operation) -> {
                    if (!concrete.readOperationsMap().containsKey(method)) {
                        concrete.operation(method, OpenApiPaths.specialise(path, method, operation, type));
                    }
                });
            });
        }
        api.paths(result);
        removeUnused(api, maybeUnused);
        if (api.getComponents().getSchemas() != null && api.getComponents().getSchemas().containsKey(JSON_NODE)) {
            api.getComponents().addSchemas(JSON_NODE, OpenApiSchemas.object().description("A JSON object"));
        }
    }

    /** Drops the schemas only the generic paths used. */
    private static void removeUnused(OpenAPI api, Set<String> candidates) {
        Map<String, ?> all = api.getComponents().getSchemas();
        boolean removed = true;
        while (removed && all != null) {
            removed = false;
            String inUse = serialise(api);
            for (String name : List.copyOf(candidates)) {
                if (all.containsKey(name) && !inUse.contains("#/components/schemas/" + name + "\"")) {
                    all.remove(name);
                    candidates.remove(name);
                    removed = true;
                }
            }
        }
    }

    private static Set<String> schemaRefs(Object model) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = SCHEMA_REF.matcher(serialise(model));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String serialise(Object model) {
        try {
            return Json31.mapper().writeValueAsString(model);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the OpenAPI model", e);
        }
    }
}
