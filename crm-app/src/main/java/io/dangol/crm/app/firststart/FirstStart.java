package io.dangol.crm.app.firststart;

import io.dangol.crm.app.cli.Console;
import io.dangol.crm.app.config.CrmProperties;
import io.dangol.crm.admin.EnsureAdminExists;
import io.dangol.crm.admin.IssuedPassword;
import io.dangol.crm.customer.Customers;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.demo.DemoSummary;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * When the app is served: make sure someone can sign in (an admin with a printed or given password) and,
 * on an empty embedded database only, load demo data so a newcomer sees a living CRM. Never demo data into
 * an external database, and never when CRM_DEMO=false.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "serve", matchIfMissing = true)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final EnsureAdminExists ensureAdmin;
    private final CrmProperties properties;
    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final Customers customers;
    private final DemoData demo;
    private final DemoUsers demoUsers;

    FirstStart(EnsureAdminExists ensureAdmin, CrmProperties properties, ObjectProvider<EmbeddedPostgres> embedded,
               Customers customers, DemoData demo, DemoUsers demoUsers) {
        this.ensureAdmin = ensureAdmin;
        this.properties = properties;
        this.embedded = embedded;
        this.customers = customers;
        this.demo = demo;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<IssuedPassword> issued = new ArrayList<>();
        Optional<String> given = Optional.ofNullable(properties.adminPassword()).filter(p -> !p.isBlank());
        ensureAdmin.ensure(given).ifPresent(admin -> {
            if (given.isEmpty()) {
                issued.add(admin);
            } else {
                log.info("Created user 'admin' with the password from CRM_ADMIN_PASSWORD");
            }
        });
        if (properties.demo() && embedded.getIfAvailable() != null && customers.count() == 0) {
            log.info("Empty embedded database: loading {} demo customers (CRM_DEMO=false to skip)", properties.demoCustomers());
            DemoSummary summary = demo.load(new DemoRequest(properties.demoCustomers(), DemoRequest.DEFAULT_SEED));
            log.info("Demo data: {} customers, {} orders, {} order lines in {} ms", summary.customers(), summary.orders(),
                    summary.orderLines(), summary.took().toMillis());
            issued.addAll(demoUsers.ensure());
        }
        Console.passwords("Dangol sign-in", issued);
    }
}
