package io.dangol.crm;

import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The persistence module on its own: JPA, JDBC and Flyway against the test database. */
@SpringBootApplication
class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessZone businessZone() {
        return new BusinessZone(ZoneId.of("Asia/Seoul"));
    }
}
