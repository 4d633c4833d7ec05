package io.dangol.crm.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the customer side of the database between tests that count. */
public final class Tables {

    private Tables() {
    }

    /**
     * Everything but the access log, which nobody can empty: tests find their entries by user or customer, and new
     * customers (and campaign exports) are numbered past every one the log names already.
     */
    public static void emptyCustomerData(JdbcClient jdbc) {
        jdbc.sql("""
                truncate table order_return, order_line, customer_order, product, contact_point, customer_event,
                    service_case, contact, referral, consent, feedback, import_run, customer,
                    customer_score, ladder_history, scoring_run_count, scoring_run, campaign_export, saved_segment, retention_case, retention_hold_out, product_affinity, import_rejection, import_run,
                    duplicate_pair, duplicate_verdict
                    restart identity cascade""").update();
        // customers written next get ids no earlier test's access-log entries name
        jdbc.sql("select setval(pg_get_serial_sequence('customer', 'id'), coalesce((select max(customer_id) from access_log), 0) + 1, false)")
                .query(Long.class).single();
        jdbc.sql("""
                select setval(pg_get_serial_sequence('campaign_export', 'id'),
                              coalesce((select max(substring(what from '^campaign export (\\d+)')::bigint) from access_log), 0) + 1, false)""")
                .query(Long.class).single();
    }
}
