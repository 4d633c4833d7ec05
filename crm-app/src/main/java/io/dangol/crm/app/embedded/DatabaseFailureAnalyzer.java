package io.dangol.crm.app.embedded;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A database that cannot be reached or entered stops the start with one clear message, not a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String ACTION = "Check CRM_DB_URL (jdbc:postgresql://host:5432/database), CRM_DB_USER and "
            + "CRM_DB_PASSWORD, and that PostgreSQL is running; or unset CRM_DB_URL to use the embedded PostgreSQL.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String description;
        if (hasCause(cause, UnknownHostException.class)) {
            description = "Dangol cannot find the database host: " + cause.getMessage();
        } else if (hasCause(cause, ConnectException.class) || state.startsWith("08")) {
            description = "Dangol cannot reach the database: " + cause.getMessage();
        } else if (state.equals("28P01") || state.equals("28000")) {
            description = "The database refused Dangol's user name or password: " + cause.getMessage();
        } else if (state.equals("3D000")) {
            description = "The database named in the URL does not exist: " + cause.getMessage();
        } else {
            return null;
        }
        return new FailureAnalysis(description, ACTION, cause);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
