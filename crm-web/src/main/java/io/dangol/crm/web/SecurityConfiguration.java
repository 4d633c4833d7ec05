package io.dangol.crm.web;

import io.dangol.crm.admin.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import java.util.Map;

/**
 * Form login with bcrypt hashes, CSRF on, the session id changed at login, strict headers. Every page
 * needs a signed-in user; admin pages need ADMIN. The request rules here are the one place that says
 * which role may reach which page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** The session cookie's name (Spring Session's default; crm-app keeps sessions in PostgreSQL). */
    static final String SESSION_COOKIE = "SESSION";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            Clock clock, io.dangol.crm.admin.StaffDirectory staff,
                                            org.springframework.beans.factory.ObjectProvider<io.dangol.crm.admin.SecondFactor> secondFactor,
                                            @Value("${crm.session-lifetime:PT12H}") Duration sessionLifetime,
                                            @Value("${crm.metrics-from:127.0.0.1/32,::1/128}") java.util.List<String> metricsAddresses)
            throws Exception {
        java.util.List<org.springframework.security.web.util.matcher.IpAddressMatcher> metricsFrom = metricsAddresses.stream()
                .map(String::strip).filter(a -> !a.isEmpty()).map(org.springframework.security.web.util.matcher.IpAddressMatcher::new)
                .toList();
        http.authenticationManager(authenticationManager)
                .addFilterBefore(new SessionLifetime(sessionLifetime, clock), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/locale").permitAll()
                        // for load balancers and orchestrators: up or not, never details
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        // metrics for the monitoring system's addresses only (CRM_METRICS_FROM)
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(metricsFrom.stream()
                                        .anyMatch(allowed -> allowed.matches(context.getRequest()))))
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/churn-radar/**").hasAnyRole("ADMIN", "MARKETING", "SALES")
                        .requestMatchers("/marketing/**", "/segments/**", "/campaigns/**").hasAnyRole("ADMIN", "MARKETING")
                        .requestMatchers("/customers/new", "/customers/new/**").hasAnyRole("ADMIN", "SALES", "SERVICE")
                        .requestMatchers(HttpMethod.POST, "/customers/*/contacts").hasAnyRole("SALES", "SERVICE")
                        .requestMatchers(HttpMethod.POST, "/customers/*/consents", "/customers/*/points/**", "/customers/*/profile", "/customers/*/days")
                                .hasAnyRole("ADMIN", "SALES", "SERVICE")
                        .requestMatchers("/duplicates", "/duplicates/**").hasAnyRole("ADMIN", "SERVICE")
                        .requestMatchers("/customers/*/cases", "/customers/*/cases/**").hasAnyRole("ADMIN", "SERVICE")
                        .requestMatchers("/calls/**").hasAnyRole("ADMIN", "SALES", "SERVICE")
                        .requestMatchers(HttpMethod.GET, "/voice/themes", "/voice/themes/*").hasAnyRole("ADMIN", "MARKETING", "SALES", "SERVICE")
                        .requestMatchers("/voice", "/voice/**").hasAnyRole("ADMIN", "MARKETING", "SERVICE")
                        .requestMatchers(HttpMethod.GET, "/cases", "/cases/*").hasAnyRole("ADMIN", "SERVICE", "SALES")
                        .requestMatchers("/cases/**").hasAnyRole("ADMIN", "SERVICE")
                        .requestMatchers("/customers/*/export").hasAnyRole("ADMIN", "SERVICE")
                        .requestMatchers("/upkeep/stale", "/upkeep/stale/**").hasAnyRole("ADMIN", "SALES", "SERVICE")
                        .requestMatchers("/upkeep/reconfirm", "/upkeep/reconfirm.csv", "/upkeep/reconfirm/**").hasAnyRole("ADMIN", "MARKETING")
                        .requestMatchers("/upkeep/retention", "/upkeep/retention/**").hasRole("ADMIN")
                        .requestMatchers("/upkeep").hasAnyRole("ADMIN", "MARKETING", "SALES", "SERVICE")
                        .requestMatchers("/follow-ups/**").hasAnyRole("SALES", "SERVICE")
                        .requestMatchers("/worklist/**").hasAnyRole("ADMIN", "SALES")
                        .requestMatchers("/moments/**").hasAnyRole("ADMIN", "MARKETING", "SALES")
                        .requestMatchers("/customers/**").hasAnyRole("ADMIN", "MARKETING", "SALES", "SERVICE")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new SignInSteps.AtSignIn(staff, secondFactor.getIfAvailable()))
                        .failureHandler(failureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // sessions live in the database (crm-app): one ended there (a change of rights) is gone on every instance
                        .invalidSessionUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        // a disabled account answers as a wrong password does (ThrottledAuthentication): nothing tells it exists
        handler.setExceptionMappings(Map.of("org.springframework.security.authentication.LockedException", "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    /** Sign-ins and failures become events ({@link SecurityEvents} logs them). */
    @Bean
    org.springframework.security.authentication.AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher events) {
        return new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events);
    }

    /** Requests refused for want of a role become events too. */
    @Bean
    org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
            org.springframework.context.ApplicationEventPublisher events) {
        return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(events);
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                                org.springframework.security.authentication.AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthentication(passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }
}
