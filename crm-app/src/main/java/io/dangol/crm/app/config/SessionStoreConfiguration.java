package io.dangol.crm.app.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Staff sessions are kept in PostgreSQL by Spring Session JDBC (Boot's auto-configuration; the tables come from
 * Flyway, V33), so several app instances behind a load balancer serve any signed-in user. The session cookie is
 * Secure whenever the request came over HTTPS (Spring Session's default); {@code CRM_SECURE_COOKIE=true} makes it
 * Secure over plain HTTP too (TLS ended by a proxy that is not trusted to say so).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStoreConfiguration {

    /**
     * PostgreSQL's upsert for session attributes: two requests of one session at once (a form posted while a fragment
     * loads) that both add an attribute would otherwise collide on its key and fail one of them.
     */
    @Bean
    org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsOfOneSession() {
        return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(@Value("${crm.secure-cookie:false}") boolean always) {
        return serializer -> {
            if (always) {
                serializer.setUseSecureCookie(true);
            }
        };
    }
}
