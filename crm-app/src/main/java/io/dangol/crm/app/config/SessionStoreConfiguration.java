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

    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(@Value("${crm.secure-cookie:false}") boolean always) {
        return serializer -> {
            if (always) {
                serializer.setUseSecureCookie(true);
            }
        };
    }
}
