package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.CustomerData;
import io.dangol.crm.shared.CustomerId;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export of everything about a customer: each table that holds something of theirs, by the column that names
 * them — the same classification a merge uses, so a table added later is found by {@code MergesTest} and belongs
 * here too ({@code CustomerDataTest} checks every moved or kept table is exported).
 */
@Repository
@Transactional(readOnly = true)
class JdbcCustomerData implements CustomerData.Source {

    /** Table → the condition naming the customer's records ({@code :ids}). */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("customer", "id in (:ids)");
        TABLES.put("contact_point", "customer_id in (:ids)");
        TABLES.put("customer_event", "customer_id in (:ids)");
        TABLES.put("customer_registration", "customer_id in (:ids)");
        TABLES.put("customer_change", "customer_id in (:ids)");
        TABLES.put("consent", "customer_id in (:ids)");
        TABLES.put("consent_notice", "customer_id in (:ids)");
        TABLES.put("customer_order", "customer_id in (:ids)");
        TABLES.put("order_line", "customer_id in (:ids)");
        TABLES.put("order_return", "customer_id in (:ids)");
        TABLES.put("service_case", "customer_id in (:ids)");
        TABLES.put("service_case_step", "case_id in (select id from service_case where customer_id in (:ids))");
        TABLES.put("contact", "customer_id in (:ids)");
        TABLES.put("feedback", "customer_id in (:ids)");
        TABLES.put("referral", "customer_id in (:ids) or referred_id in (:ids)");
        TABLES.put("retention_case", "customer_id in (:ids)");
        TABLES.put("campaign_member", "customer_id in (:ids)");
        TABLES.put("retention_hold_out", "customer_id in (:ids)");
        TABLES.put("customer_score", "customer_id in (:ids)");
        TABLES.put("ladder_history", "customer_id in (:ids)");
        TABLES.put("churn_risk", "customer_id in (:ids)");
        TABLES.put("customer_merge", "survivor_id in (:ids) or merged_id in (:ids)");
        TABLES.put("duplicate_pair", "first_id in (:ids) or second_id in (:ids)");
        TABLES.put("duplicate_verdict", "first_id in (:ids) or second_id in (:ids)");
        TABLES.put("customer_erasure", "customer_id in (:ids)");
        TABLES.put("access_log", "customer_id in (:ids)");
    }

    private final JdbcClient jdbc;

    JdbcCustomerData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomerData> everything(CustomerId customer) {
        List<Long> ids = jdbc.sql("""
                select id from customer where (id = :id and erased_at is null) or (merged_into = :id
                    and exists (select 1 from customer s where s.id = :id and s.erased_at is null)) order by id""")
                .param("id", customer.value()).query(Long.class).list();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, where) -> tables.put(table, jdbc.sql("select * from " + table + " where " + where + " order by 1")
                .param("ids", ids).query().listOfRows().stream().map(JdbcCustomerData::plain).toList()));
        return Optional.of(new CustomerData(customer, tables));
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        try {
            if (value instanceof Array array) {
                return Arrays.stream((Object[]) array.getArray()).map(JdbcCustomerData::plain).toList();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("an array column could not be read: " + e.getMessage(), e);
        }
        if (value instanceof Timestamp at) {
            return at.toInstant().toString();
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate().toString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String || value == null) {
            return value;
        }
        return value.toString();
    }
}
