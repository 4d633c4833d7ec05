package io.dangol.crm.app.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A JDBC URL the PostgreSQL driver does not accept. */
class BadUrlFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
        String message = String.valueOf(cause.getMessage());
        if (!message.contains("Driver claims to not accept jdbcUrl") && !message.contains("No suitable driver")) {
            return null;
        }
        return new FailureAnalysis("The database URL is not a PostgreSQL JDBC URL: " + message,
                "Set CRM_DB_URL to jdbc:postgresql://host:5432/database, or unset it to use the embedded PostgreSQL.", cause);
    }
}
