package io.dangol.crm.app.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.dangol.crm.app.config.CrmProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The app's two connections to its database: the pool it serves from, as the runtime role, and Flyway's, as the
 * schema's owner; afterMigrate.sql then gives the runtime role the working tables and only SELECT and INSERT on the
 * access log. Which database: the embedded one ({@link EmbeddedDatabaseConfiguration}) or {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** A database named by CRM_DB_URL: its user owns the schema; CRM_DB_APP_USER, when set, is the runtime role. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(DatabaseConfigured.class)
    static class Configured {

        @Bean
        DatabaseAccess databaseAccess(DataSourceProperties datasource, CrmProperties properties) {
            CrmProperties.Db db = properties.db();
            String url = datasource.determineUrl();
            String owner = datasource.determineUsername();
            String ownerPassword = datasource.determinePassword();
            if (!db.appUser().isBlank()) {
                return new DatabaseAccess(url, owner, ownerPassword, Optional.of(db.appUser()), db.appPassword());
            }
            if (db.provisionAppRole()) {
                return RuntimeRole.provision(url, owner, ownerPassword);
            }
            log.warn("The app runs as the schema's owner {}: the access log is append-only by trigger only. Set CRM_DB_APP_USER "
                    + "to a role that cannot change it (docs/operations.md)", owner);
            return new DatabaseAccess(url, owner, ownerPassword, Optional.empty(), "");
        }
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseAccess access) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(access.runtimeUrl()).username(access.user()).password(access.password()).build();
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(DatabaseAccess access) {
        return DataSourceBuilder.create().type(org.springframework.jdbc.datasource.SimpleDriverDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(access.url()).username(access.owner()).password(access.ownerPassword()).build();
    }

    @Bean
    FlywayConfigurationCustomizer runtimeRolePlaceholder(DatabaseAccess access) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("runtimerole", access.runtime().orElse(""));
            configuration.placeholders(placeholders);
        };
    }
}
