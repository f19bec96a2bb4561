package org.dadkhah.records;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of one record type under {@code /api/v1/{path}} (list, count, create, read, update, delete,
 * restore), with their parameters, real response codes, problem+json errors and examples from the demo data.
 */
final class OpenApiPaths {

    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "The request is invalid: the body or a parameter is refused (field-level `errors`); "
                    + "nothing is written",
            "401", "No valid `Authorization: Bearer TOKEN`",
            "403", "The caller's role or token does not allow this",
            "404", "No such record the caller may see",
            "409", "The change conflicts with other records (a unique value, a missing referenced record)",
            "412", "The version in If-Match is not the current one (`currentVersion` says which is)",
            "428", "Send the version you read in If-Match (the ETag of your GET), or `version` in the body");

    private final OpenApiSchemas schemas;
    private final OpenApiExamples examples;
    private final List<ListFilter> filters;

    OpenApiPaths(OpenApiSchemas schemas, OpenApiExamples examples, List<ListFilter> filters) {
        this.schemas = schemas;
        this.examples = examples;
        this.filters = filters;
    }

    /** {@code /api/v1/persons}: list and create. */
    PathItem collection(RecordType type) {
        Operation list = operation(type, "list", "List the " + type.path()
                + " the caller may see, by id, a page at a time")
                .parameters(filterParameters(type));
        list.addParametersItem(new Parameter().in("query").name("after").schema(uuid())
                .description("The `next` cursor of the previous page"));
        list.addParametersItem(new Parameter().in("query").name("limit").schema(OpenApiSchemas.typed("integer")
                .format("int32").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(500))
                ._default(50)));
        list.responses(responses(ok("One page", OpenApiSchemas.page(type)), "400", "401"));
        Operation create = operation(type, "create", "Create " + named(type)).requestBody(body(type));
        ApiResponse created = recordResponse(type, "Created").addHeaderObject("Location", new Header()
                .description("The new record's URL").schema(OpenApiSchemas.typed("string").format("uri")));
        create.responses(responses("201", created, "400", "401", "403", "409"));
        return new PathItem().get(list).post(create);
    }

    /** {@code /api/v1/persons/count}. */
    PathItem count(RecordType type) {
        Operation count = operation(type, "count", "Count the " + type.path() + " the caller may count")
                .parameters(filterParameters(type));
        count.responses(responses(ok("The count", OpenApiSchemas.count()), "400", "401"));
        return new PathItem().get(count);
    }

    /** {@code /api/v1/persons/{id}}: read, update, delete. */
    PathItem item(RecordType type) {
        Operation get = operation(type, "get", "Read " + named(type)).addParametersItem(id());
        get.responses(responses(recordResponse(type, "The record; its ETag is its version"), "401", "404"));
        Operation put = operation(type, "update", "Replace the fields and child lists of " + named(type))
                .addParametersItem(id()).requestBody(body(type))
                .addParametersItem(ifMatch("may be left out when the body carries `version`, else 428"));
        put.responses(responses(recordResponse(type, "The updated record"), "400", "401", "403", "404", "409", "412",
                "428"));
        Operation delete = operation(type, "delete", "Delete " + named(type) + " (it can be restored)")
                .addParametersItem(id()).addParametersItem(ifMatch("without it the current version is deleted"));
        delete.responses(responses("204", new ApiResponse().description("Deleted"), "401", "403", "404", "412"));
        return new PathItem().get(get).put(put).delete(delete);
    }

    /** {@code /api/v1/persons/{id}/restore}. */
    PathItem restore(RecordType type) {
        Operation restore = operation(type, "restore", "Restore " + named(type) + " that was deleted")
                .addParametersItem(id());
        restore.responses(responses(recordResponse(type, "The restored record"), "401", "403", "404"));
        return new PathItem().post(restore);
    }

    /**
     * A copy of the generic operation {@code method genericPath} ({@code GET /api/v1/{type}/{id}/history}) for one
     * type, without the {@code type} parameter, named after its method, type and path ({@code getActsHistory}).
     */
    static Operation specialise(String genericPath, PathItem.HttpMethod method, Operation generic, RecordType type) {
        StringBuilder name = new StringBuilder(method.name().toLowerCase(Locale.ROOT)).append(capitalised(type.path()));
        String after = genericPath.substring(genericPath.indexOf(ApiDocumentation.GENERIC)
                + ApiDocumentation.GENERIC.length());
        for (String segment : after.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                name.append(capitalised(segment));
            }
        }
        Operation copy = new Operation().summary(generic.getSummary()).description(generic.getDescription())
                .operationId(name.toString()).tags(List.of(type.path())).requestBody(generic.getRequestBody());
        Optional.ofNullable(generic.getParameters()).orElse(List.of()).stream()
                .filter(p -> !("type".equals(p.getName()) && "path".equals(p.getIn())))
                .forEach(copy::addParametersItem);
        ApiResponses responses = new ApiResponses();
        generic.getResponses().forEach((code, response) -> responses.addApiResponse(code, jsonOnly(response)));
        List.of("401", "404").forEach(code -> responses.addApiResponse(code, problem(code)));
        return copy.responses(responses);
    }

    private static ApiResponse jsonOnly(ApiResponse response) {
        if (response.getContent() == null || !response.getContent().containsKey("*/*")) {
            return response;
        }
        return new ApiResponse().description(response.getDescription()).headers(response.getHeaders())
                .content(new Content().addMediaType(JSON, response.getContent().get("*/*")));
    }

    private List<Parameter> filterParameters(RecordType type) {
        List<Parameter> parameters = new ArrayList<>();
        for (Field field : type.fields()) {
            if (field.filterable()) {
                Schema<Object> schema = schemas.field(field);
                parameters.add(new Parameter().in("query").name(field.json()).schema(schema)
                        .description("Only records whose `" + field.json() + "` is exactly this"));
            }
        }
        for (ListFilter filter : filters) {
            if (filter.path().equals(type.path())) {
                parameters.add(new Parameter().in("query").name(filter.parameter())
                        .schema(OpenApiSchemas.typed("string"))
                        .description("Filter `" + filter.parameter() + "` of " + type.path()));
            }
        }
        return parameters;
    }

    private Operation operation(RecordType type, String verb, String summary) {
        return new Operation().summary(summary).tags(List.of(type.path()))
                .operationId(verb + capitalised(type.path()));
    }

    private RequestBody body(RecordType type) {
        MediaType media = new MediaType().schema(OpenApiSchemas.ref(OpenApiSchemas.schemaName(type)));
        examples.request(type).ifPresent(media::example);
        return new RequestBody().required(true).content(new Content().addMediaType(JSON, media));
    }

    private ApiResponse recordResponse(RecordType type, String description) {
        MediaType media = new MediaType().schema(OpenApiSchemas.ref(OpenApiSchemas.schemaName(type)));
        examples.response(type).ifPresent(media::example);
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON, media))
                .addHeaderObject("ETag", new Header().description("The record's version, quoted: send it in If-Match")
                        .schema(OpenApiSchemas.typed("string")));
    }

    private static ApiResponse ok(String description, Schema<Object> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
    }

    private static ApiResponses responses(ApiResponse ok, String... errors) {
        return responses("200", ok, errors);
    }

    private static ApiResponses responses(String status, ApiResponse success, String... errors) {
        ApiResponses responses = new ApiResponses().addApiResponse(status, success);
        for (String code : errors) {
            responses.addApiResponse(code, problem(code));
        }
        return responses;
    }

    private static ApiResponse problem(String code) {
        return new ApiResponse().description(ERRORS.get(code)).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(OpenApiSchemas.ref(OpenApiSchemas.PROBLEM))));
    }

    private static Parameter id() {
        return new Parameter().in("path").name("id").required(true).schema(uuid());
    }

    private static Parameter ifMatch(String without) {
        return new Parameter().in("header").name("If-Match").required(false).schema(OpenApiSchemas.typed("string"))
                .description("The ETag (version) you read, e.g. `\"3\"`; " + without);
    }

    private static Schema<Object> uuid() {
        return OpenApiSchemas.typed("string").format("uuid");
    }

    /** "a person", "an act". */
    private static String named(RecordType type) {
        return ("aeiou".indexOf(type.name().charAt(0)) >= 0 ? "an " : "a ") + type.name();
    }

    private static String capitalised(String path) {
        return path.substring(0, 1).toUpperCase(Locale.ROOT) + path.substring(1);
    }
}
