package io.dangol.crm.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database that cannot be used stops the start with one message that says what to fix. */
class DatabaseFailuresTest {

    @Test
    void anUnreachableDatabaseIsExplainedWithWhatToFix() {
        SQLException refused = new SQLException("Connection to db.example:5432 refused", "08001", new ConnectException("refused"));

        var analysis = new DatabaseFailureAnalyzer().analyze(new IllegalStateException("boom", refused));

        assertThat(analysis.getDescription()).startsWith("Dangol cannot reach the database");
        assertThat(analysis.getAction()).contains("CRM_DB_URL");
    }

    @Test
    void aWrongPasswordIsExplained() {
        var analysis = new DatabaseFailureAnalyzer().analyze(new SQLException("password authentication failed", "28P01"));
        assertThat(analysis.getDescription()).contains("refused Dangol's user name or password");
    }

    @Test
    void aBadUrlIsExplained() {
        var analysis = new BadUrlFailureAnalyzer().analyze(new RuntimeException("Driver org.postgresql.Driver claims to not accept jdbcUrl, mysql://x"));
        assertThat(analysis.getAction()).contains("jdbc:postgresql://");
        assertThat(new BadUrlFailureAnalyzer().analyze(new RuntimeException("other"))).isNull();
    }
}
