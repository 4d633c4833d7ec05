package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.clv.RepeatHistory;
import io.dangol.crm.scoring.clv.SpendHistory;
import io.dangol.crm.scoring.clv.ValueModels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The data the value models are fitted on: each buyer's repeat purchases, first and last order, and mean order
 * value — for a deterministic sample of at most {@value #SAMPLE} customers ({@code id % k = 0}), read through
 * the per-customer indexes, which estimates the population's parameters as well as all of them would, in a
 * fraction of the time.
 */
final class ModelInputs {

    static final int SAMPLE = 30_000;

    private static final String SQL = """
            select o.orders - 1 as x, extract(epoch from o.last_at - o.first_at) / 86400 as tx_days,
                   extract(epoch from ?::timestamptz - o.first_at) / 86400 as age_days,
                   coalesce(l.sales, 0) / o.orders as mean_value
            from customer c
            cross join lateral (
                select count(*) as orders, min(ordered_at) as first_at, max(ordered_at) as last_at
                from customer_order where customer_id = c.id and ordered_at < ?) o
            cross join lateral (
                select sum(quantity * unit_price - discount) as sales
                from order_line where customer_id = c.id and ordered_at < ?) l
            where c.id % ? = 0 and c.erased_at is null and o.orders > 0""";

    private ModelInputs() {
    }

    static ValueModels fit(DataSource dataSource, Instant asOf, ValueModels.Terms terms) throws SQLException {
        Map<RepeatHistory, Long> histories = new HashMap<>();
        List<SpendHistory> spends = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            long step = Math.max(1, (customers(connection) + SAMPLE - 1) / SAMPLE);
            try (PreparedStatement query = connection.prepareStatement(SQL)) {
                Timestamp at = Timestamp.from(asOf);
                query.setTimestamp(1, at);
                query.setTimestamp(2, at);
                query.setTimestamp(3, at);
                query.setLong(4, step);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        int x = rs.getInt("x");
                        double tx = x == 0 ? 0 : rs.getDouble("tx_days") / terms.period().days();
                        double age = Math.max(tx, rs.getDouble("age_days") / terms.period().days());
                        histories.merge(RepeatHistory.of(x, round(tx), round(age)), 1L, Long::sum);
                        double mean = rs.getDouble("mean_value");
                        if (x > 0 && mean > 0) {
                            spends.add(new SpendHistory(x, mean));
                        }
                    }
                }
            }
        }
        List<RepeatHistory> unique = histories.entrySet().stream()
                .map(e -> new RepeatHistory(e.getKey().x(), e.getKey().tx(), e.getKey().age(), e.getValue())).toList();
        return ValueModels.fit(unique, spends, terms);
    }

    /** Histories are compared to a hundredth of a period (about two hours in weeks), so equal ones fit once. */
    private static double round(double periods) {
        return Math.round(periods * 100) / 100.0;
    }

    private static long customers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from customer")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
