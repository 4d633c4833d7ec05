package io.dangol.crm.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.demo.DemoSummary;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.overview.BusinessFigures;
import io.dangol.crm.overview.BusinessOverview;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CopyDemoDataTest extends PostgresIntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    BusinessFigures figures;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    @Test
    void writesAWholeConsistentPopulation() {
        DemoSummary summary = demo.load(new DemoRequest(2_000, 7));

        assertThat(count("customer")).isEqualTo(2_000).isEqualTo(summary.customers());
        assertThat(count("customer_order")).isEqualTo(summary.orders()).isGreaterThan(2_000);
        assertThat(count("order_line")).isEqualTo(summary.orderLines()).isGreaterThan(summary.orders());
        assertThat(count("order_return")).isEqualTo(summary.returns()).isPositive();
        assertThat(count("service_case")).isEqualTo(summary.serviceCases()).isPositive();
        assertThat(count("contact")).isEqualTo(summary.contacts()).isPositive();
        assertThat(count("consent")).isPositive();
        assertThat(count("customer_event")).isPositive();
        assertThat(count("feedback")).isPositive();
        assertThat(count("referral")).isPositive();
        assertThat(jdbc.sql("select count(*) from consent where status = 'WITHDRAWN'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from contact_point where verified_at is null").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from order_line where is_gift").query(Long.class).single()).isPositive();
    }

    @Test
    void everyOrderLineBelongsToItsOrdersCustomer() {
        demo.load(new DemoRequest(500, 3));

        long mismatched = jdbc.sql("""
                select count(*) from order_line l join customer_order o on o.id = l.order_id
                where o.customer_id <> l.customer_id""").query(Long.class).single();
        assertThat(mismatched).isZero();
    }

    @Test
    void aSecondLoadAddsPeopleAndNewRowsStillGetFreshIds() {
        demo.load(new DemoRequest(300, 1));
        demo.load(new DemoRequest(200, 2));

        assertThat(count("customer")).isEqualTo(500);
        long id = jdbc.sql("insert into customer (name) values ('새 고객') returning id").query(Long.class).single();
        assertThat(id).isEqualTo(501);
    }

    @Test
    void theOverviewCountsTheLadder() {
        demo.load(new DemoRequest(1_000, 11));

        BusinessOverview overview = figures.overview();

        assertThat(overview.customers()).isEqualTo(1_000);
        assertThat(overview.customersAt(LadderStage.BUYER) + overview.customersAt(LadderStage.IDENTIFIED)).isEqualTo(1_000);
        assertThat(overview.orders()).isEqualTo(count("customer_order"));
        assertThat(overview.revenueLast30Days()).isPositive();
        assertThat(overview.lastImport()).isEmpty();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
