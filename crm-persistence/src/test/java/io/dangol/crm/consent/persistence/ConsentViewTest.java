package io.dangol.crm.consent.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.CustomerFile;
import io.dangol.crm.customer.CustomerFiles;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Current consent" has one definition: the {@code current_consent} view, which segments, campaign exports and
 * upcoming moments read, and the customer page's {@link CustomerFile#currentConsents()} give the same answer — also
 * for a grant, a withdrawal and a new grant on one day, and for two decisions at the same moment.
 */
@SpringBootTest
class ConsentViewTest extends PostgresIntegrationTest {

    private static final Instant DAY = Instant.parse("2026-11-30T01:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerFiles files;

    long customer;

    @BeforeEach
    void aCustomer() {
        Tables.emptyCustomerData(jdbc);
        customer = jdbc.sql("insert into customer (name) values ('정다은') returning id").query(Long.class).single();
    }

    @Test
    void grantWithdrawAndGrantAgainOnOneDayEndsGranted() {
        decide("SMS", "MARKETING", "GRANTED", DAY);
        decide("SMS", "MARKETING", "WITHDRAWN", DAY.plusSeconds(3_600));
        decide("SMS", "MARKETING", "GRANTED", DAY.plusSeconds(7_200));
        decide("EMAIL", "MARKETING", "GRANTED", DAY);
        decide("EMAIL", "MARKETING", "WITHDRAWN", DAY.plusSeconds(60));

        assertThat(fromView()).containsExactlyInAnyOrder("SMS/MARKETING=GRANTED", "EMAIL/MARKETING=WITHDRAWN");
        assertThat(fromCustomerFile()).isEqualTo(fromView());
    }

    @Test
    void twoDecisionsAtTheSameMomentAreToldApartByTheLaterRecord() {
        decide("PUSH", "PROFILING", "GRANTED", DAY);
        decide("PUSH", "PROFILING", "WITHDRAWN", DAY);

        assertThat(fromView()).containsExactly("PUSH/PROFILING=WITHDRAWN");
        assertThat(fromCustomerFile()).isEqualTo(fromView());
    }

    @Test
    void anyHistoryGivesTheSameAnswerInTheViewAndOnTheCustomerPage() {
        Random random = new Random(20261202);
        String[] channels = {"EMAIL", "SMS", "PHONE"};
        String[] purposes = {"MARKETING", "PROFILING"};
        for (int round = 0; round < 40; round++) {
            jdbc.sql("delete from consent").update();
            int decisions = 1 + random.nextInt(8);
            for (int i = 0; i < decisions; i++) {
                decide(channels[random.nextInt(channels.length)], purposes[random.nextInt(purposes.length)],
                        random.nextBoolean() ? "GRANTED" : "WITHDRAWN", DAY.plusSeconds(random.nextInt(3) * 60L));
            }
            assertThat(fromCustomerFile()).as("round %d", round).isEqualTo(fromView());
        }
    }

    private void decide(String channel, String purpose, String status, Instant at) {
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, ?, ?, ?, ?, 'STORE')")
                .params(customer, channel, purpose, status, Timestamp.from(at)).update();
    }

    private Set<String> fromView() {
        List<String> rows = jdbc.sql("select channel || '/' || purpose || '=' || status from current_consent where customer_id = ?")
                .param(customer).query(String.class).list();
        return Set.copyOf(rows);
    }

    private Set<String> fromCustomerFile() {
        return files.open(new CustomerId(customer)).orElseThrow().currentConsents().stream()
                .map(c -> c.channel() + "/" + c.purpose() + "=" + c.status()).collect(Collectors.toSet());
    }
}
