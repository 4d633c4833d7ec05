package io.dangol.crm.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.app.AppIntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reporting views (schema {@code report}) as the roles see them: the app's runtime role writes the warehouse feed
 * from them but cannot read the key behind the pseudonyms; a reporting role given them sees them and nothing else.
 */
class ReportingViewsTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseAccess access;

    @Test
    void theRuntimeRoleReadsTheViewsButNotTheKeyBehindThePseudonyms() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(access.runtime().orElseThrow());
        assertThat(jdbc.sql("select count(*) from report.scores").query(Long.class).single()).isNotNegative();
        assertThat(jdbc.sql("select count(*) from report.campaigns").query(Long.class).single()).isNotNegative();
        assertThatThrownBy(() -> jdbc.sql("select secret from warehouse_key").query(byte[].class).single())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aReportingRoleSeesTheViewsAndNoTable() throws Exception {
        String role = "report_" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        try (Connection owner = DriverManager.getConnection(access.url(), access.owner(), access.ownerPassword());
             Statement sql = owner.createStatement()) {
            sql.execute("create role " + role + " login password '" + password + "'");
            // the migrations' own after-migrate script, as Flyway runs it with CRM_DB_REPORT_USER naming the role
            String afterMigrate = new String(getClass().getResourceAsStream("/db/callback/afterMigrate.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            sql.execute(afterMigrate.replace("${runtimerole}", "").replace("${reportrole}", role));
        }
        JdbcClient analyst = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(access.runtimeUrl(), role, password));
        assertThat(analyst.sql("select current_user").query(String.class).single()).isEqualTo(role);
        assertThat(analyst.sql("select count(*) from report.scores").query(Long.class).single()).isNotNegative();
        assertThat(analyst.sql("select count(*) from report.ladder_moves").query(Long.class).single()).isNotNegative();
        for (String table : new String[] {"customer", "contact_point", "customer_score", "warehouse_key", "access_log"}) {
            assertThatThrownBy(() -> analyst.sql("select count(*) from " + table).query(Long.class).single())
                    .as(table).rootCause().hasMessageContaining("permission denied");
        }
    }
}
