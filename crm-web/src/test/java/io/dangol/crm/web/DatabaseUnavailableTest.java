package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableTest {

    private final DatabaseUnavailable filter = new DatabaseUnavailable();

    @Test
    void aPageWhileTheDatabaseIsAwaySaysSoInTheUsersLanguageFirstAndAsksToRetry() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/customers/42/contacts");
        request.addPreferredLocale(Locale.KOREAN);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            // as Spring reports the pool's timeout: CannotGetJdbcConnectionException over Hikari's SQLTransientConnectionException
            throw new IllegalStateException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("15");
        String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.indexOf("데이터베이스에 연결할 수 없습니다")).isLessThan(page.indexOf("cannot be reached"));
        assertThat(page).contains("<html lang=\"ko\"").doesNotContain("Hikari").doesNotContain("Exception");
    }

    @Test
    void aConnectionLostMidRequestCountsTooAndTheApiGetsJson() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            // as PostgreSQL's driver reports a connection broken under a statement: SQLSTATE 08006
            throw new IllegalStateException("query failed", new java.sql.SQLException("An I/O error occurred while sending to the backend.",
                    "08006"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"database unavailable\",\"retryAfterSeconds\":15}");
    }

    @Test
    void otherFailuresAreNotDisguisedAsAnOutage() {
        assertThatThrownBy(() -> new DatabaseUnavailable().doFilter(new MockHttpServletRequest("GET", "/"),
                new MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalArgumentException("a bug");
                })).hasMessage("a bug");
    }
}
