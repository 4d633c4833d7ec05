package io.dangol.crm.api.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document (served at {@code /api/openapi.json}) says of the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Dangol CRM API", version = "v1", description = """
        For channel systems (a web shop, a POS, a call centre): customers, orders with lines, returns, contacts,
        feedback and consents, each written by its id in the token's source system (PUT is idempotent). Errors are
        RFC 9457 problem details (application/problem+json) in the language of Accept-Language (ko or en). Each
        token may make CRM_API_RATE_LIMIT requests a minute (600 by default); beyond that 429 with Retry-After."""))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token issued by an admin on the page Admin → API tokens (dgl_…)")
class ApiDocumentation {
}
