package io.dangol.crm.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says each operation answers — what the API really answers, as ApiDocumentationTest
 * checks call by call: 200 (and 201 with {@code Location} for a new record), and as RFC 9457 problems
 * ({@code application/problem+json}, schema {@code Problem}) 400 for an unreadable body or parameter, 401 without a
 * valid token, 403 without the scope, 404 for a customer Dangol does not have, 409 for a record that conflicts with
 * what is recorded (an order of another customer, a consent recorded differently), 422 for a field the import rules
 * cannot read, 429 with {@code Retry-After} once the token's allowance is spent; anything unforeseen is the default.
 */
@Configuration(proxyBeanMethods = false)
class ApiResponsesDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The writes that can conflict with what is recorded (see {@link ApiWrites#CONFLICTS}). */
    static final Set<String> CONFLICTING = Set.of("/api/v1/orders/{orderId}", "/api/v1/consents/{consentId}");

    @Bean
    OpenApiCustomizer apiResponses() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            components.addHeaders("Retry-After", new Header()
                    .description("Seconds until the token's allowance has room for another request")
                    .schema(new IntegerSchema()));
            components.addHeaders("Location", new Header().description("Where the new record is found")
                    .schema(new StringSchema()));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> operation.setResponses(responses(path, method, operation))));
        };
    }

    private static ApiResponses responses(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponse generated = operation.getResponses() == null ? null : operation.getResponses().get("200");
        Content ok = generated == null ? null : generated.getContent();
        ApiResponses responses = new ApiResponses();
        boolean announce = method == PathItem.HttpMethod.POST;
        boolean write = method == PathItem.HttpMethod.PUT || announce;
        if (announce) {
            responses.addApiResponse("201", new ApiResponse().description("Taken: the answer says what to do next").content(ok));
        } else {
            responses.addApiResponse("200", new ApiResponse()
                    .description(write ? "Updated, or already so (outcome UPDATED or UNCHANGED)" : "Found").content(ok));
        }
        if (write && !announce) {
            responses.addApiResponse("201", new ApiResponse().description("Created (outcome INSERTED)").content(ok)
                    .addHeaderObject("Location", new Header().$ref("#/components/headers/Location")));
        }
        responses.addApiResponse("400", problem(write ? "The body is not JSON of this shape" : "A parameter cannot be read "
                + "(paging beyond the limits, a phone or e-mail that is none)"));
        responses.addApiResponse("401", problem("No token, or one that is unknown or revoked"));
        responses.addApiResponse("403", problem("The token lacks this operation's scope"));
        if (path.contains("{id}")) {
            responses.addApiResponse("404", problem("No customer with this id"));
        }
        if (CONFLICTING.contains(path)) {
            responses.addApiResponse("409", problem("Conflicts with what is recorded: an order id of another customer, "
                    + "a consent id recorded with another content"));
        }
        if (write) {
            responses.addApiResponse("422", problem("A field the rules cannot take: missing, unreadable, too long, "
                    + "a customer or order the source system never sent; 'about' names it"));
        }
        responses.addApiResponse("429", problem("The token's allowance for this minute is spent")
                .addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After")));
        responses.setDefault(problem("Anything unforeseen (the database away): the cause is in the server's log"));
        return responses;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457 with Dangol's two members: the message code and what the problem is about. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, in the language of Accept-Language (ko or en)")
                .addProperty("type", new StringSchema().format("uri").example("urn:dangol:problem:import.reject.value"))
                .addProperty("title", new StringSchema().example("Unprocessable Content"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("unreadable value: phone = none"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/customers/C-1"))
                .addProperty("code", new StringSchema().description("the message code, stable across languages")
                        .example("import.reject.value"))
                .addProperty("about", new StringSchema().description("the field or value the problem is about"))
                .required(List.of("type", "title", "status", "detail", "code"));
    }
}
