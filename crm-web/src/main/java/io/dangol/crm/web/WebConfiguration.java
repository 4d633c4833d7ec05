package io.dangol.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Korean and English: the browser's language by default, {@code ?lang=ko|en} to switch, kept in a cookie. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    /** First of all filters, before the session and security ones that need the database: a clear 503 while it is away. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new DatabaseUnavailable());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Off: the resource chain's URL-encoding filter that Thymeleaf's auto-configuration registers. It passed every
     * link of every page ({@code /customers/123} too) through the static resource handler for {@code /**}, which looked
     * each one up in the jar's four static folders and cached only the hits — two thirds of a segment page's CPU.
     * Pages link webjars without their version ({@code /webjars/htmx.org/dist/htmx.min.js}); the resource chain
     * (enabled in application.properties) resolves that to the jar's file when the browser asks, and caches it.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Flash attributes checked to survive the database-backed session (the bean name is the one MVC looks for). */
    @Bean(name = "flashMapManager")
    FlashMapManager flashMapManager() {
        return new SessionFlash();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("DANGOL_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(WebConfiguration::browserLanguage);
        return resolver;
    }

    /** The first supported language the browser asks for; English when it asks for none of ours. */
    static Locale browserLanguage(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLocalesOnly(change));
        registry.addInterceptor(new SignInSteps()).excludePathPatterns(SignInSteps.ALLOWED);
    }
}
