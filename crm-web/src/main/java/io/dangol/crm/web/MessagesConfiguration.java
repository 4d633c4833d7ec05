package io.dangol.crm.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one message source of pages, files and the command line (which runs without a web server). */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    /** Named {@code messageSource} so that Boot's own steps aside: Korean particles fitted to what is put in. */
    @Bean
    MessageSource messageSource() {
        return new KoreanMessageSource();
    }
}
