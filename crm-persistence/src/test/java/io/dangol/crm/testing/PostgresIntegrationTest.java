package io.dangol.crm.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of tests that run against the shared test PostgreSQL. */
public abstract class PostgresIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // tests change the data between two looks at the home page's figures: count them afresh every time
        registry.add("crm.home.figures-fresh-for", () -> "PT0S");
    }
}
