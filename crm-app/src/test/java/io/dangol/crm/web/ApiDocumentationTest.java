package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.dangol.crm.api.ApiAccess;
import io.dangol.crm.api.ApiScope;
import io.dangol.crm.api.IssuedToken;
import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document says what the API answers, and the API answers what the document says: every response
 * documented for every operation is provoked here and comes with the documented status, media type and headers
 * (a problem with its required members, {@code Location} on 201, {@code Retry-After} on 429) — and nothing the API
 * answered is missing from the document.
 */
class ApiDocumentationTest extends AppIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiAccess access;

    private JsonNode document;
    private final Set<String> exercised = new TreeSet<>();
    private final Set<String> problems = new TreeSet<>();

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    @Test
    void everyDocumentedResponseIsTheOneTheApiGives() throws Exception {
        String text = mvc.perform(get("/api/openapi.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        document = JSON.readTree(text);
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setValidateInternalRefs(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(text, null, options);
        assertThat(parsed.getMessages()).as("a valid OpenAPI document").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(document.path("components").path("schemas").path("Problem").path("required").toString())
                .contains("code");

        IssuedToken all = issue(EnumSet.allOf(ApiScope.class));
        IssuedToken readOnly = issue(EnumSet.of(ApiScope.CUSTOMERS_READ));
        IssuedToken feedbackOnly = issue(EnumSet.of(ApiScope.FEEDBACK_WRITE));
        Map<String, String> bodies = Map.of(
                "/api/v1/customers/{customerId}", "{\"name\":\"김민준\",\"phone\":\"010-1234-5678\"}",
                "/api/v1/orders/{orderId}", "{\"customerId\":\"C-1\",\"orderedAt\":\"2026-03-01T14:30\",\"lines\":[{\"product\":\"원두\",\"amount\":12000}]}",
                "/api/v1/returns/{returnId}", "{\"orderId\":\"A-1\",\"lineNo\":1,\"refund\":12000,\"returnedAt\":\"2026-03-05\"}",
                "/api/v1/contacts/{contactId}", "{\"customerId\":\"C-1\",\"happenedAt\":\"2026-03-06T10:00\",\"channel\":\"PHONE\"}",
                "/api/v1/feedback/{feedbackId}", "{\"customerId\":\"C-1\",\"channel\":\"WEB\",\"text\":\"좋아요\",\"sentiment\":\"POSITIVE\",\"receivedAt\":\"2026-03-07\"}",
                "/api/v1/consents/{consentId}", "{\"customerId\":\"C-1\",\"channel\":\"SMS\",\"purpose\":\"MARKETING\",\"status\":\"GRANTED\",\"at\":\"2026-03-01\"}",
                "/api/v1/voice/{itemId}", "{\"channel\":\"SOCIAL\",\"author\":\"@minjun\",\"text\":\"배송이 너무 늦어요\",\"customerId\":\"C-1\"}");
        Map<String, String> unreadable = Map.of(
                "/api/v1/customers/{customerId}", "{\"name\":\"이서연\",\"phone\":\"전화 없음\"}",
                "/api/v1/orders/{orderId}", "{\"customerId\":\"C-1\",\"orderedAt\":\"yesterday\",\"lines\":[{\"amount\":1}]}",
                "/api/v1/returns/{returnId}", "{\"orderId\":\"no such order\",\"returnedAt\":\"2026-03-05\"}",
                "/api/v1/contacts/{contactId}", "{\"customerId\":\"C-1\",\"happenedAt\":\"2026-03-06\",\"channel\":\"PIGEON\"}",
                "/api/v1/feedback/{feedbackId}", "{\"customerId\":\"nobody\",\"channel\":\"WEB\",\"text\":\"?\",\"receivedAt\":\"2026-03-07\"}",
                "/api/v1/consents/{consentId}", "{\"customerId\":\"C-1\",\"channel\":\"SMS\",\"purpose\":\"MARKETING\",\"status\":\"MAYBE\",\"at\":\"2026-03-01\"}",
                "/api/v1/voice/{itemId}", "{\"channel\":\"PIGEON\",\"text\":\"?\"}");
        String[] writes = {"/api/v1/customers/{customerId}", "/api/v1/orders/{orderId}", "/api/v1/returns/{returnId}",
                "/api/v1/contacts/{contactId}", "/api/v1/feedback/{feedbackId}", "/api/v1/consents/{consentId}",
                "/api/v1/voice/{itemId}"};

        for (String path : writes) {
            String url = path.replaceAll("\\{[^}]+}", path.contains("customers") ? "C-1" : path.contains("orders") ? "A-1" : path.contains("voice") ? "V-1" : "X-1");
            call("put", path, write(all, url, bodies.get(path)), 201);
            call("put", path, write(all, url, bodies.get(path)), 200);
            call("put", path, write(all, url, "{not json"), 400);
            call("put", path, put(url).contentType(MediaType.APPLICATION_JSON).content(bodies.get(path)), 401);
            call("put", path, write(path.contains("feedback") || path.contains("voice") ? readOnly : feedbackOnly, url, bodies.get(path)), 403);
            call("put", path, write(all, url.replace("-1", "-2"), unreadable.get(path)), 422);
        }
        call("put", "/api/v1/orders/{orderId}", write(all, "/api/v1/orders/A-1",
                bodies.get("/api/v1/orders/{orderId}").replace("C-1", "C-3")), 409);
        call("put", "/api/v1/consents/{consentId}", write(all, "/api/v1/consents/X-1",
                bodies.get("/api/v1/consents/{consentId}").replace("GRANTED", "WITHDRAWN")), 409);

        IssuedToken callsOnly = issue(EnumSet.of(ApiScope.CALLS_WRITE));
        call("post", "/api/v1/calls", announce(callsOnly, "{\"number\":\"010-6123-4567\"}"), 201);
        call("post", "/api/v1/calls", announce(callsOnly, "{not json"), 400);
        call("post", "/api/v1/calls", post("/api/v1/calls").contentType(MediaType.APPLICATION_JSON).content("{}"), 401);
        call("post", "/api/v1/calls", announce(feedbackOnly, "{\"number\":\"010-6123-4567\"}"), 403);
        call("post", "/api/v1/calls", announce(callsOnly, "{\"number\":\"전화 없음\"}"), 422);

        long id = jdbc.sql("select id from customer where external_id = 'C-1'").query(Long.class).single();
        Map<String, String> reads = Map.of("/api/v1/customers", "/api/v1/customers?customerId=C-1",
                "/api/v1/customers/{id}", "/api/v1/customers/" + id, "/api/v1/customers/{id}/orders", "/api/v1/customers/" + id + "/orders");
        Map<String, String> badReads = Map.of("/api/v1/customers", "/api/v1/customers?size=5000",
                "/api/v1/customers/{id}", "/api/v1/customers/99999999999999999999999",
                "/api/v1/customers/{id}/orders", "/api/v1/customers/" + id + "/orders?page=-1");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            String path = read.getKey();
            call("get", path, get(read.getValue()).header("Authorization", "Bearer " + all.secret()), 200);
            call("get", path, get(badReads.get(path)).header("Authorization", "Bearer " + all.secret()), 400);
            call("get", path, get(read.getValue()), 401);
            call("get", path, get(read.getValue()).header("Authorization", "Bearer " + feedbackOnly.secret()), 403);
            if (path.contains("{id}")) {
                call("get", path, get(path.replace("{id}", "987654321"))
                        .header("Authorization", "Bearer " + all.secret()), 404);
            }
        }

        IssuedToken spent = issue(EnumSet.allOf(ApiScope.class));
        for (String path : writes) {
            untilRefused("put", path, () -> write(spent, path.replaceAll("\\{[^}]+}", "Z-1"), bodies.get(path)));
        }
        untilRefused("post", "/api/v1/calls", () -> announce(spent, "{\"number\":\"010-6123-4567\"}"));
        for (Map.Entry<String, String> read : reads.entrySet()) {
            untilRefused("get", read.getKey(), () -> get(read.getValue()).header("Authorization", "Bearer " + spent.secret()));
        }

        assertThat(problems).isEmpty();
        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("responses").propertyNames().stream().filter(status -> !status.equals("default"))
                        .forEach(status -> documented.add(operation.getKey() + " " + path.getKey() + " " + status))));
        assertThat(documented).as("every documented response was given").isSubsetOf(exercised)
                .as("every response given is documented").containsAll(exercised);
        assertThat(documented).hasSizeGreaterThan(9 * 5);
    }

    /** Spends the token's allowance on this operation until it is refused with 429 (the allowance refills meanwhile). */
    private void untilRefused(String method, String path, java.util.function.Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        for (int i = 0; i <= 2 * access.perMinute(); i++) {
            MockHttpServletResponse response = mvc.perform(request.get()).andReturn().getResponse();
            if (response.getStatus() == 429) {
                check(method, path, response, 429);
                return;
            }
        }
        problems.add(method + " " + path + ": never refused with 429");
    }

    private void call(String method, String path, MockHttpServletRequestBuilder request, int expected) throws Exception {
        check(method, path, mvc.perform(request.header("Accept-Language", "ko")).andReturn().getResponse(), expected);
    }

    private void check(String method, String path, MockHttpServletResponse response, int expected) throws Exception {
        String where = method + " " + path + " " + expected;
        exercised.add(where);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getStatus() != expected) {
            problems.add(where + ": answered " + response.getStatus() + " " + body);
            return;
        }
        JsonNode documented = document.path("paths").path(path).path(method).path("responses").path(String.valueOf(expected));
        if (documented.isMissingNode()) {
            problems.add(where + ": not documented");
            return;
        }
        String mediaType = documented.path("content").propertyNames().stream().findFirst().orElse("");
        String contentType = String.valueOf(response.getContentType());
        if (!mediaType.isEmpty() && !contentType.startsWith(mediaType.equals("*/*") ? "application/json" : mediaType)) {
            problems.add(where + ": documented " + mediaType + ", answered " + contentType);
        }
        if (expected >= 400) {
            JsonNode problem = JSON.readTree(body);
            for (JsonNode member : document.path("components").path("schemas").path("Problem").path("required")) {
                if (problem.path(member.asString()).isMissingNode()) {
                    problems.add(where + ": problem without " + member.asString() + ": " + body);
                }
            }
            if (problem.path("status").asInt() != expected) {
                problems.add(where + ": problem status " + problem.path("status"));
            }
        }
        for (String header : documented.path("headers").propertyNames()) {
            if (response.getHeader(header) == null || response.getHeader(header).isBlank()) {
                problems.add(where + ": no " + header + " header");
            }
        }
    }

    private IssuedToken issue(Set<ApiScope> scopes) {
        return access.issue("docs " + System.nanoTime(), "webshop", new HashSet<>(scopes), "admin");
    }

    private static MockHttpServletRequestBuilder announce(IssuedToken token, String json) {
        return post("/api/v1/calls").header("Authorization", "Bearer " + token.secret()).contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private static MockHttpServletRequestBuilder write(IssuedToken token, String path, String json) {
        return put(path).header("Authorization", "Bearer " + token.secret()).contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
