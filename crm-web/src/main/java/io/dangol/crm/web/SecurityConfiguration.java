package io.dangol.crm.web;

import io.dangol.crm.admin.LoginThrottle;
import io.dangol.crm.admin.StaffSessions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
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

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends, so it does not keep them. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    StaffSessions staffSessions(SessionRegistry registry) {
        return new SignedInSessions(registry);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry, Clock clock, io.dangol.crm.admin.StaffDirectory staff,
                                            org.springframework.beans.factory.ObjectProvider<io.dangol.crm.admin.SecondFactor> secondFactor,
                                            @Value("${crm.session-lifetime:PT12H}") Duration sessionLifetime) throws Exception {
        http.authenticationManager(authenticationManager)
                .addFilterBefore(new SessionLifetime(sessionLifetime, clock), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/locale").permitAll()
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
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionUrl("/login?expired")
                        // any number of sessions per user, each known to the registry so a change of rights ends them all
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"))
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
