package org.dadkhah.records;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: bearer-token security, and the record types that the generic
 * {@code /api/v1/{type}} paths accept, listed with the fields each type takes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenApiCustomizer recordTypesInOpenApi(RecordTypes types) {
        return api -> {
            api.info(new Info().title("Dadkhah API").version("v1")
                    .description("Who did what to whom, with sources. Record types: " + String.join(", ",
                            types.all().stream().map(t -> t.path() + " (" + fieldList(t) + ")").toList())));
            if (api.getComponents() == null) {
                api.components(new Components());
            }
            api.getComponents().addSecuritySchemes("bearer",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("./dadkhah token create --user U --scope read|write"));
            api.addSecurityItem(new SecurityRequirement().addList("bearer"));
            List<String> paths = types.all().stream().map(RecordType::path).toList();
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().stream().filter(p -> "type".equals(p.getName()) && "path".equals(p.getIn()))
                            .forEach(p -> p.schema(new StringSchema()._enum(paths)));
                }
            }));
        };
    }

    private static String fieldList(RecordType type) {
        List<String> names = new java.util.ArrayList<>(type.fields().stream().map(Field::json).toList());
        type.children().forEach(c -> names.add(c.json() + "[]"));
        return String.join(", ", names);
    }
}
