package io.dangol.crm.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.DangolApplication;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.customer.Customers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With nothing configured, Dangol starts its own PostgreSQL, fills it once with demo data, and keeps it. */
class EmbeddedStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aFirstStartLoadsDemoDataAndASecondStartFindsItAgain() {
        long customers;
        try (ConfigurableApplicationContext first = start()) {
            customers = first.getBean(Customers.class).count();
            assertThat(customers).isEqualTo(200);
            assertThat(first.getBean(AppUsers.class).findByUsername("admin")).isPresent();
            assertThat(first.getBean(AppUsers.class).findByUsername("sales")).isPresent();
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(Customers.class).count()).isEqualTo(customers);
        }
    }

    @Test
    void demoDataCanBeSwitchedOff() {
        try (ConfigurableApplicationContext context = start("crm.demo=false")) {
            assertThat(context.getBean(Customers.class).count()).isZero();
            assertThat(context.getBean(AppUsers.class).findByUsername("admin")).isPresent();
        }
    }

    private ConfigurableApplicationContext start(String... overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "");
        settings.put("crm.data-dir", dataDir.toString());
        settings.put("crm.demo-customers", "200");
        settings.put("crm.demo", "true");
        settings.put("spring.main.banner-mode", "off");
        for (String override : overrides) {
            String[] pair = override.split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(DangolApplication.class).web(WebApplicationType.NONE).run(args);
    }
}
