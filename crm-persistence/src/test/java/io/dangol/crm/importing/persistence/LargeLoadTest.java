package io.dangol.crm.importing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A large load drops the plain indexes and builds them again; a failed one leaves them as they were. */
@SpringBootTest
class LargeLoadTest extends PostgresIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private List<String> plainIndexes() {
        return jdbc.sql("""
                select indexname from pg_indexes where tablename in ('customer_order', 'order_line')
                  and indexname not like '%pkey' and indexdef not like 'CREATE UNIQUE%' order by indexname""")
                .query(String.class).list();
    }

    @Test
    void theIndexesComeBackAfterALargeLoadAndAfterAFailedOne() throws Exception {
        Tables.emptyCustomerData(jdbc);
        List<String> before = plainIndexes();
        assertThat(before).contains("order_line_customer", "order_line_product", "customer_order_customer");

        try (Connection work = dataSource.getConnection()) {
            work.setAutoCommit(false);
            try (LargeLoad load = LargeLoad.begin(work, 1_000, "customer_order", "order_line")) {
                assertThat(load.droppedIndexes()).isTrue();
                try (var check = work.createStatement(); var rs = check.executeQuery(
                        "select count(*) from pg_indexes where indexname = 'order_line_customer'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("gone while the load writes").isZero();
                }
            }
            work.commit();
        }
        assertThat(plainIndexes()).isEqualTo(before);

        try (Connection work = dataSource.getConnection()) {
            work.setAutoCommit(false);
            LargeLoad.begin(work, 1_000, "customer_order", "order_line");
            work.rollback();
        }
        assertThat(plainIndexes()).as("a failed import rolls back to the indexes as they were").isEqualTo(before);
    }

    @Test
    void aSmallLoadIntoALargeTableKeepsTheIndexes() throws Exception {
        try (Connection work = dataSource.getConnection()) {
            work.setAutoCommit(false);
            work.createStatement().execute("analyze order_line");
            long rows = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where relname = 'order_line'")
                    .query(Long.class).single();
            try (LargeLoad load = LargeLoad.begin(work, 0, "customer_order", "order_line")) {
                assertThat(load.droppedIndexes()).as("nothing incoming, %d rows there", rows).isFalse();
            }
            work.rollback();
        }
    }

    @Test
    void theIndexNameIsReadFromItsDefinition() {
        assertThat(LargeLoad.indexName("CREATE INDEX order_line_customer ON public.order_line USING btree (customer_id)"))
                .isEqualTo("public.order_line_customer");
    }
}
