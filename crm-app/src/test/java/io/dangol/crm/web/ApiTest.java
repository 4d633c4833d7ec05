package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.api.ApiScope;
import io.dangol.crm.api.ApiAccess;
import io.dangol.crm.api.IssuedToken;
import io.dangol.crm.testing.Tables;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST API for channel systems: tokens issued on the admin page (shown once, stored hashed), scopes, revocation,
 * idempotent writes by the source system's ids, validation as RFC 9457 problem details, lookups that are
 * access-logged, the rate limit, and the OpenAPI document.
 */
class ApiTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiAccess access;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    @Test
    void anAdminIssuesATokenThatIsShownOnceAndKeptOnlyAsAHash() throws Exception {
        CookieJar browser = new CookieJar(mvc);
        MvcResult issued = browser.perform(post("/admin/api-tokens").param("name", "온라인몰").param("source", "webshop")
                        .param("scopes", "customers:write", "orders:write").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(flash().attributeExists("issued")).andReturn();
        io.dangol.crm.api.web.ShownOnce token = (io.dangol.crm.api.web.ShownOnce) issued.getFlashMap().get("issued");
        assertThat(token.name()).isEqualTo("온라인몰");
        assertThat(token.secret()).startsWith("dgl_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like '%' || ? || '%'").param(token.secret())
                .query(Long.class).single()).isZero();
        browser.perform(get("/admin/api-tokens").locale(Locale.KOREAN).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString(token.secret())))
                .andExpect(content().string(containsString("이번 한 번만 보여 드리고")));
        mvc.perform(get("/admin/api-tokens").locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString(token.secret().substring(0, 10) + "…")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token.secret()))));
        mvc.perform(post("/admin/api-tokens").param("name", "x").param("source", "web shop!").with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("problem", "apiTokens.error.source"));
        mvc.perform(post("/admin/api-tokens").param("name", "x").param("source", "pos").with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("problem", "apiTokens.error.scopes"));
    }

    @Test
    void requestsNeedAValidTokenWithTheRightScopeAndARevokedTokenIsRefused() throws Exception {
        IssuedToken reader = issue(EnumSet.of(ApiScope.CUSTOMERS_READ));
        mvc.perform(get("/api/v1/customers"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:dangol:problem:api.problem.unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer dgl_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/customers").param("customerId", "C-1").header("Authorization", "Bearer " + reader.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + reader.secret()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.problem.filter"));
        mvc.perform(customer(reader, "C-1", "{\"name\":\"김민준\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.problem.forbidden"));
        assertThat(access.revoke(reader.token().id(), "admin")).isTrue();
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + reader.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/customers").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden()); // a staff sign-in carries no API scope
    }

    @Test
    void writesAreIdempotentByTheSourceSystemsIdsAndLookupsAreAccessLogged() throws Exception {
        IssuedToken token = issue(EnumSet.allOf(ApiScope.class));
        String body = "{\"name\":\"김민준\",\"phone\":\"010-1234-5678\",\"email\":\"minjun@example.com\",\"tags\":[\"VIP\"]}";
        mvc.perform(customer(token, "C-1", body)).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/customers?customerId=C-1")))
                .andExpect(jsonPath("$.outcome").value("INSERTED"));
        mvc.perform(customer(token, "C-1", body)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("UNCHANGED"));
        mvc.perform(customer(token, "C-1", body.replace("김민준", "김민재"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("UPDATED"));

        String order = "{\"customerId\":\"C-1\",\"orderedAt\":\"2026-03-01T14:30\",\"lines\":[{\"product\":\"원두\",\"quantity\":2,\"unitPrice\":12000},{\"product\":\"필터\",\"amount\":3000}]}";
        mvc.perform(write(token, "/api/v1/orders/A-1", order)).andExpect(status().isCreated());
        mvc.perform(write(token, "/api/v1/orders/A-1", order)).andExpect(jsonPath("$.outcome").value("UNCHANGED"));
        mvc.perform(write(token, "/api/v1/orders/A-1", order.replace("\"customerId\":\"C-1\"", "\"customerId\":\"C-2\"")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.reject.orderOwner"));
        assertThat(jdbc.sql("select count(*) from customer where external_id = 'C-2'").query(Long.class).single())
                .as("a refused order creates no buyer").isZero();
        assertThat(jdbc.sql("select sum(quantity * unit_price) from order_line").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("27000");
        mvc.perform(write(token, "/api/v1/returns/R-1", "{\"orderId\":\"A-1\",\"lineNo\":1,\"refund\":12000,\"returnedAt\":\"2026-03-05\"}"))
                .andExpect(status().isCreated());
        mvc.perform(write(token, "/api/v1/contacts/K-1", "{\"customerId\":\"C-1\",\"happenedAt\":\"2026-03-06T10:00\",\"channel\":\"PHONE\",\"purpose\":\"SERVICE\"}"))
                .andExpect(status().isCreated());
        mvc.perform(write(token, "/api/v1/feedback/F-1", "{\"customerId\":\"C-1\",\"channel\":\"WEB\",\"text\":\"좋아요\",\"sentiment\":\"POSITIVE\",\"receivedAt\":\"2026-03-07\"}"))
                .andExpect(status().isCreated());
        mvc.perform(write(token, "/api/v1/consents/G-1", "{\"customerId\":\"C-1\",\"channel\":\"SMS\",\"purpose\":\"MARKETING\",\"status\":\"GRANTED\",\"at\":\"2026-03-01\"}"))
                .andExpect(status().isCreated());
        mvc.perform(write(token, "/api/v1/consents/G-1", "{\"customerId\":\"C-1\",\"channel\":\"SMS\",\"purpose\":\"MARKETING\",\"status\":\"WITHDRAWN\",\"at\":\"2026-03-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.reject.recordedDifferently"));
        assertThat(jdbc.sql("select (select count(*) from order_return) + (select count(*) from contact) + (select count(*) from feedback) + (select count(*) from consent)")
                .query(Long.class).single()).isEqualTo(4);

        long id = jdbc.sql("select id from customer where external_id = 'C-1'").query(Long.class).single();
        mvc.perform(get("/api/v1/customers").param("phone", "+82 10-1234-5678").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].name").value("김민재"))
                .andExpect(jsonPath("$.items[0].ladderStage").value("PROSPECT"))
                .andExpect(jsonPath("$.items[0].phones[0]").value("010-1234-5678"));
        mvc.perform(get("/api/v1/customers/" + id).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.externalId").value("C-1"));
        mvc.perform(get("/api/v1/customers/" + id + "/orders").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].orderId").value("A-1"))
                .andExpect(jsonPath("$.items[0].total").value(27000.0))
                .andExpect(jsonPath("$.items[0].refunded").value(12000.0))
                .andExpect(jsonPath("$.items[0].lines[0].product").value("원두"))
                .andExpect(jsonPath("$.items[0].lines[0].returnedQuantity").value(1))
                .andExpect(jsonPath("$.items[0].lines[1].quantity").value(1));
        mvc.perform(get("/api/v1/customers/999999/orders").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("api.problem.noCustomer"));
        assertThat(jdbc.sql("select count(*) from access_log where customer_id = ? and username like 'api:%' and action = 'VIEW'")
                .param(id).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select what from access_log where customer_id = ? and username like 'api:%' and action = 'EDIT' order by chain_seq")
                .param(id).query(String.class).list())
                .as("every write that changed something is an edit naming the customer; unchanged and refused ones are not")
                .containsExactly("api customer inserted", "api customer updated", "api order A-1 inserted", "api returns R-1 inserted",
                        "api contacts K-1 inserted", "api feedback F-1 inserted", "api consents G-1 inserted");

        // a token of another source system reads only its own system's customers, unless granted customers:read-all
        IssuedToken pos = access.issue("pos " + System.nanoTime(), "pos", EnumSet.of(ApiScope.CUSTOMERS_READ), "admin");
        mvc.perform(get("/api/v1/customers").param("phone", "010-1234-5678").header("Authorization", "Bearer " + pos.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/customers/" + id).header("Authorization", "Bearer " + pos.secret()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/orders").header("Authorization", "Bearer " + pos.secret()))
                .andExpect(status().isNotFound());
        IssuedToken hq = access.issue("hq " + System.nanoTime(), "hq", EnumSet.of(ApiScope.CUSTOMERS_READ, ApiScope.CUSTOMERS_READ_ALL), "admin");
        mvc.perform(get("/api/v1/customers").param("phone", "010-1234-5678").header("Authorization", "Bearer " + hq.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aRetentionContactSentByTheApiMarksTheOpenRetentionCaseAsThePageDoes() throws Exception {
        IssuedToken token = issue(EnumSet.allOf(ApiScope.class));
        mvc.perform(customer(token, "C-7", "{\"name\":\"박지훈\"}")).andExpect(status().isCreated());
        long customer = jdbc.sql("select id from customer where external_id = 'C-7'").query(Long.class).single();
        jdbc.sql("""
                insert into retention_case (customer_id, opened_at, status, updated_at, updated_by)
                values (?, now() - interval '2 days', 'OPEN', now(), 'churn radar')""").param(customer).update();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();

        mvc.perform(write(token, "/api/v1/contacts/K-70", "{\"customerId\":\"C-7\",\"happenedAt\":\"" + today
                + "T00:05\",\"channel\":\"PHONE\",\"purpose\":\"SALES\"}")).andExpect(status().isCreated());
        assertThat(jdbc.sql("select status from retention_case").query(String.class).single()).isEqualTo("OPEN");
        mvc.perform(write(token, "/api/v1/contacts/K-71", "{\"customerId\":\"C-7\",\"happenedAt\":\"" + today
                + "T00:06\",\"channel\":\"PHONE\",\"purpose\":\"RETENTION\"}")).andExpect(status().isCreated());
        assertThat(jdbc.sql("select status from retention_case").query(String.class).single()).isEqualTo("CONTACTED");
    }

    @Test
    void badRecordsAreProblemDetailsInTheCallersLanguage() throws Exception {
        IssuedToken token = issue(EnumSet.allOf(ApiScope.class));
        mvc.perform(customer(token, "C-2", "{\"name\":\"이서연\",\"phone\":\"전화 없음\"}").header("Accept-Language", "ko"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("import.reject.value"))
                .andExpect(jsonPath("$.detail").value("읽을 수 없는 값: phone = 전화 없음"));
        mvc.perform(customer(token, "C-2", "{\"phone\":\"010-1111-2222\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.about").value("name"));
        mvc.perform(write(token, "/api/v1/contacts/K-9", "{\"customerId\":\"nobody\",\"happenedAt\":\"2026-03-06\",\"channel\":\"PHONE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("import.reject.unknownCustomer"));
        mvc.perform(write(token, "/api/v1/orders/A-9", "{\"customerId\":\"C-9\",\"orderedAt\":\"yesterday\",\"lines\":[{\"amount\":1}]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.about").value("orderedAt = yesterday"));
        mvc.perform(write(token, "/api/v1/orders/A-9", "{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/customers").param("size", "5000").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.problem.paging"));
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
    }

    @Test
    void aTokenBeyondItsRateLimitIsToldWhenToComeBack() throws Exception {
        IssuedToken token = issue(EnumSet.of(ApiScope.CUSTOMERS_READ));
        int limit = access.perMinute();
        int allowed = 0;
        MvcResult refused = null;
        while (refused == null && allowed <= 2 * limit) { // the allowance refills while the requests are made
            MvcResult result = mvc.perform(get("/api/v1/customers").param("customerId", "C-1")
                    .header("Authorization", "Bearer " + token.secret())).andReturn();
            if (result.getResponse().getStatus() == 429) {
                refused = result;
            } else {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(allowed).isBetween(limit, 2 * limit);
        assertThat(refused).isNotNull();
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"code\":\"api.problem.rateLimited\"");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAToken() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Dangol CRM API"))
                .andExpect(jsonPath("$.paths['/api/v1/customers/{customerId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders/{orderId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/customers/{id}/orders'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    private IssuedToken issue(Set<ApiScope> scopes) {
        return access.issue("test " + System.nanoTime(), "webshop", scopes, "admin");
    }

    private static MockHttpServletRequestBuilder customer(IssuedToken token, String id, String json) {
        return write(token, "/api/v1/customers/" + id, json);
    }

    private static MockHttpServletRequestBuilder write(IssuedToken token, String path, String json) {
        return put(path).header("Authorization", "Bearer " + token.secret()).contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
