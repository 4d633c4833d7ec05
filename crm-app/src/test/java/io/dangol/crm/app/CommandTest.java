package io.dangol.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void noCommandWordMeansServe() {
        assertThat(Command.parse(new String[0])).isEmpty();
        assertThat(Command.parse(new String[] {"--server.port=9090"})).isEmpty();
    }

    @Test
    void commandWordsAreRecognised() {
        assertThat(Command.parse(new String[] {"demo", "--customers=10"})).contains(Command.DEMO);
        assertThat(Command.parse(new String[] {"DEMO"})).contains(Command.DEMO);
        assertThat(Command.parse(new String[] {"dmo"})).contains(Command.UNKNOWN);
        assertThat(Command.usage()).contains("demo --customers=N");
    }

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
