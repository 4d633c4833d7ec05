package io.dangol.crm.api.web;

import io.dangol.crm.api.ApiScope;
import io.dangol.crm.api.ApiAccess;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own rules, before the staff pages' ones: no session, no cookies, no CSRF (a token in the
 * {@code Authorization} header cannot be sent by another site's page), each path needing its scope, and every
 * refusal as RFC 9457 problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    static final String API = "/api/v1/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiAccess access, MessageSource messages) throws Exception {
        ApiProblems problems = new ApiProblems(messages);
        http.securityMatcher(API)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(access, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/**").hasAuthority(scope(ApiScope.CUSTOMERS_READ))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*").hasAuthority(scope(ApiScope.CUSTOMERS_WRITE))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/orders/*", "/api/v1/returns/*")
                                .hasAuthority(scope(ApiScope.ORDERS_WRITE))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/contacts/*").hasAuthority(scope(ApiScope.CONTACTS_WRITE))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/feedback/*", "/api/v1/voice/*").hasAuthority(scope(ApiScope.FEEDBACK_WRITE))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/consents/*").hasAuthority(scope(ApiScope.CONSENTS_WRITE))
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls").hasAuthority(scope(ApiScope.CALLS_WRITE))
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response, 401,
                                "api.problem.unauthorized", ""))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, 403,
                                "api.problem.forbidden", "")))
                .headers(headers -> headers.cacheControl(cache -> { }));
        return http.build();
    }

    static String scope(ApiScope scope) {
        return "SCOPE_" + scope.code();
    }
}
