package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.customer.AcquisitionChannel;
import io.dangol.crm.customer.ContactPoint;
import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.customer.Customer;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.customer.Customers;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.testing.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class JpaCustomersTest extends PostgresIntegrationTest {

    private static final Instant VERIFIED = Instant.parse("2025-03-01T09:00:00Z");

    @Autowired
    Customers customers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKoreanCustomerWithContactPointsRoundTrips() {
        Customer saved = customers.save(Customer.builder()
                .name("김민준")
                .kind(CustomerKind.PERSON)
                .createdAt(Instant.parse("2024-01-02T03:04:05Z"))
                .acquiredThrough(AcquisitionChannel.WEB)
                .stage(LadderStage.BUYER)
                .tags(Set.of("단골", "b2b"))
                .contactPoint(ContactPoint.phone("010-1234-5678", VERIFIED))
                .contactPoint(ContactPoint.email("MinJun.Kim@Example.COM", null))
                .build());

        Customer found = customers.get(saved.id().orElseThrow());

        assertThat(found.name()).isEqualTo("김민준");
        assertThat(found.acquiredThrough()).isEqualTo(AcquisitionChannel.WEB);
        assertThat(found.stage()).isEqualTo(LadderStage.BUYER);
        assertThat(found.tags()).containsExactlyInAnyOrder("단골", "b2b");
        assertThat(found.createdAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(found.contactPoints()).extracting(ContactPoint::kind, ContactPoint::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ContactPointKind.PHONE, "+821012345678"),
                        org.assertj.core.groups.Tuple.tuple(ContactPointKind.EMAIL, "minjun.kim@example.com"));
        assertThat(found.contactPoints().get(0).verifiedAt()).contains(VERIFIED);
        assertThat(found.contactPoints().get(1).verifiedAt()).isEmpty();
    }

    @Test
    void verifyingAContactPointAgainKeepsItsRowAndUpdatesTheDate() {
        Customer saved = customers.save(Customer.builder().name("Grace Lee")
                .contactPoint(ContactPoint.phone("+82 10-2222-3333", VERIFIED)).build());
        long rowId = contactPointRowId(saved);
        Instant today = Instant.now().truncatedTo(ChronoUnit.MICROS);

        saved.reachAt(saved.contactPoints().get(0).verifiedOn(today));
        saved.rename("Grace Kim");
        Customer updated = customers.save(saved);

        assertThat(updated.name()).isEqualTo("Grace Kim");
        assertThat(updated.contactPoints()).singleElement().satisfies(p -> assertThat(p.verifiedAt()).contains(today));
        assertThat(contactPointRowId(updated)).isEqualTo(rowId);
    }

    @Test
    void anUnknownCustomerIsReportedAsNotFound() {
        assertThat(customers.find(CustomerId.of(987_654_321L))).isEmpty();
        assertThatThrownBy(() -> customers.get(CustomerId.of(987_654_321L))).isInstanceOf(CustomerNotFound.class);
    }

    @Test
    void theDatabaseRejectsAStageThatIsNotOnTheLadder() {
        assertThatThrownBy(() -> jdbc.sql("insert into customer (name, ladder_stage) values ('x', 'PLATINUM')").update())
                .hasMessageContaining("customer_ladder_stage_check");
    }

    private long contactPointRowId(Customer customer) {
        return jdbc.sql("select id from contact_point where customer_id = ?").param(customer.id().orElseThrow().value())
                .query(Long.class).single();
    }
}
