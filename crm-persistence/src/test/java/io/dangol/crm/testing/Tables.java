package io.dangol.crm.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the customer side of the database between tests that count. */
public final class Tables {

    private Tables() {
    }

    public static void emptyCustomerData(JdbcClient jdbc) {
        jdbc.sql("""
                truncate table order_return, order_line, customer_order, product, contact_point, customer_event,
                    service_case, contact, referral, consent, feedback, access_log, import_run, customer,
                    customer_score, ladder_history, scoring_run_count, scoring_run, campaign_export, saved_segment, retention_case, product_affinity, import_rejection, import_run,
                    duplicate_pair, duplicate_verdict
                    restart identity cascade""").update();
    }
}
