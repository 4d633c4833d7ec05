package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void aCustomerNeedsAName() {
        assertThatThrownBy(() -> Customer.builder().name("  ").build()).hasMessageContaining("name");
        assertThat(Customer.builder().name(" 김민준 ").build().name()).isEqualTo("김민준");
    }

    @Test
    void theSameContactPointAgainOnlyRefreshesItsVerification() {
        Customer customer = Customer.builder().name("이서연").contactPoint(ContactPoint.phone("010-1111-2222", null)).build();

        customer.reachAt(ContactPoint.phone("+82 10 1111 2222", NOW));

        assertThat(customer.contactPoints()).singleElement()
                .satisfies(p -> assertThat(p.verifiedAt()).contains(NOW));
        assertThat(customer.hasVerifiedContactPoint()).isTrue();
    }

    @Test
    void aContactPointVerifiedLongAgoOrNeverIsStale() {
        Duration twoYears = Duration.ofDays(730);
        assertThat(ContactPoint.email("a@example.com", NOW.minus(Duration.ofDays(800))).isStale(NOW, twoYears)).isTrue();
        assertThat(ContactPoint.email("a@example.com", NOW.minus(Duration.ofDays(10))).isStale(NOW, twoYears)).isFalse();
        assertThat(ContactPoint.email("a@example.com", null).isStale(NOW, twoYears)).isTrue();
    }

    @Test
    void contactPointsAreNormalisedOrRefused() {
        assertThat(ContactPoint.email("MJ@Example.com", null).value()).isEqualTo("mj@example.com");
        assertThatThrownBy(() -> ContactPoint.phone("call me", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
