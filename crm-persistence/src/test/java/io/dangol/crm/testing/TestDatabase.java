package io.dangol.crm.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of a test JVM: {@code CRM_TEST_DB_URL} (with {@code CRM_TEST_DB_USER} and
 * {@code CRM_TEST_DB_PASSWORD}) when set; otherwise Testcontainers' {@code postgres:17} when a Docker engine
 * answers; otherwise embedded PostgreSQL 17. Never H2. Flyway builds the schema as in production.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password, String kind) { }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    /** Points Spring's data source at the test database. */
    public static void register(DynamicPropertyRegistry registry) {
        Connection c = connection();
        registry.add("spring.datasource.url", c::url);
        registry.add("spring.datasource.username", c::username);
        registry.add("spring.datasource.password", c::password);
        // the app (crm-app) then runs as a runtime role it provisions, as it does on its embedded database
        registry.add("crm.db.provision-app-role", () -> "true");
    }

    private static Connection start() {
        String url = System.getenv("CRM_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("CRM_TEST_DB_USER", "postgres"), env("CRM_TEST_DB_PASSWORD", ""), "external");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away; PostgreSQL's own shutdown hook stops the server too
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
