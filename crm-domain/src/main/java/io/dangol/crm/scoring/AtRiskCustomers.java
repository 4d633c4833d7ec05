package io.dangol.crm.scoring;

import java.util.List;

/** The churn radar of the latest scores: watched customers at risk, core first, most valuable first. */
public interface AtRiskCustomers {

    record Page(List<AtRiskCustomer> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    Page page(int page, int size);
}
