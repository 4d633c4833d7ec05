package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.Recommendation;
import io.dangol.crm.customer.Recommendations;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Co-purchase from the scoring run: gifts and returned lines never count, recent purchases are never offered. */
@SpringBootTest
class RecommendationsTest extends PostgresIntegrationTest {

    @Autowired
    ScoringJob job;

    @Autowired
    Recommendations recommendations;

    @Autowired
    JdbcClient jdbc;

    private final Instant longAgo = Instant.now().minus(Duration.ofDays(200));
    long coffee;
    long mug;
    long filter;
    long giftBox;
    int orders;

    @BeforeEach
    void aSmallShop() {
        Tables.emptyCustomerData(jdbc);
        coffee = product("C", "원두 500g");
        mug = product("M", "머그컵");
        filter = product("F", "필터");
        giftBox = product("G", "선물 상자");
    }

    @Test
    void whatOthersBoughtForThemselvesAndKeptIsOfferedButNothingBoughtRecently() {
        for (int i = 0; i < 2; i++) {
            buy(customer(), longAgo, line(coffee, false, false), line(mug, false, false));
        }
        buy(customer(), longAgo, line(coffee, false, false), line(filter, false, true));
        buy(customer(), longAgo, line(coffee, false, false), line(giftBox, true, false));
        long target = customer();
        buy(target, longAgo, line(coffee, false, false));
        long recent = customer();
        buy(recent, longAgo, line(coffee, false, false));
        buy(recent, Instant.now().minus(Duration.ofDays(3)), line(mug, false, false));

        assertThat(job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE).status()).isEqualTo(ScoringStatus.SUCCEEDED);

        assertThat(recommendations.forCustomer(new io.dangol.crm.shared.CustomerId(target), Instant.now().minus(Duration.ofDays(90)), 5))
                .singleElement().satisfies(r -> {
                    assertThat(r.productId()).isEqualTo(mug);
                    assertThat(r.becauseOf()).isEqualTo("원두 500g");
                    assertThat(r.share()).isEqualTo(3.0 / 6);
                });
        assertThat(recommendations.forCustomer(new io.dangol.crm.shared.CustomerId(recent), Instant.now().minus(Duration.ofDays(90)), 5))
                .extracting(Recommendation::productId).doesNotContain(mug);
        assertThat(jdbc.sql("select count(*) from product_affinity where other_id in (?, ?)").params(filter, giftBox)
                .query(Long.class).single()).as("returned and gift lines never count").isZero();
    }

    private record Line(long product, boolean gift, boolean returned) { }

    private static Line line(long product, boolean gift, boolean returned) {
        return new Line(product, gift, returned);
    }

    private long product(String sku, String name) {
        return jdbc.sql("insert into product (sku, name, unit_cost) values (?, ?, 1000) returning id").params(sku, name)
                .query(Long.class).single();
    }

    private long customer() {
        return jdbc.sql("insert into customer (name, created_at) values ('고객', now() - interval '400 days') returning id")
                .query(Long.class).single();
    }

    private void buy(long customer, Instant at, Line... lines) {
        long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, ?, 'STORE', ?) returning id")
                .params(customer, "o" + (++orders), Timestamp.from(at)).query(Long.class).single();
        int no = 0;
        for (Line line : lines) {
            long id = jdbc.sql("""
                    insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, is_gift, ordered_at)
                    values (?, ?, ?, ?, 1, 10000, ?, ?) returning id""")
                    .params(customer, order, ++no, line.product(), line.gift(), Timestamp.from(at)).query(Long.class).single();
            if (line.returned()) {
                jdbc.sql("insert into order_return (customer_id, order_line_id, quantity, refund, returned_at) values (?, ?, 1, 10000, ?)")
                        .params(customer, id, Timestamp.from(at.plus(Duration.ofDays(2)))).update();
            }
        }
    }
}
