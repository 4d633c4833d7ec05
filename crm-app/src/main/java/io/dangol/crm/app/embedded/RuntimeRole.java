package io.dangol.crm.app.embedded;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;

/**
 * The runtime role the app provisions for itself where it may (the embedded database, the test database): a login
 * role with a fresh random password at every start, so no password is written anywhere. Where the schema's owner is
 * not a superuser, it is made a member so that it can hand tables to the role and migrate them later.
 */
final class RuntimeRole {

    static final String NAME = "dangol_app";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RuntimeRole() {
    }

    static DatabaseAccess provision(String url, String owner, String ownerPassword) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = DriverManager.getConnection(url, owner, ownerPassword);
             Statement statement = connection.createStatement()) {
            String verb = exists(connection) ? "alter" : "create";
            // the password is URL-safe base64: no quote can end the literal
            statement.execute(verb + " role " + NAME + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
            if (!superuser(connection)) {
                statement.execute("grant " + NAME + " to current_user");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not provision the runtime role " + NAME + " as " + owner + ": " + e.getMessage(), e);
        }
        return new DatabaseAccess(url, owner, ownerPassword, Optional.of(NAME), password);
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean superuser(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
