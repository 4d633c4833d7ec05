package io.dangol.crm;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The persistence module on its own: JPA, JDBC and Flyway against the test database. */
@SpringBootApplication
class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
