package io.dangol.crm.customer.persistence;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.customer.Recommendation;
import io.dangol.crm.customer.Recommendations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcRecommendations implements Recommendations {

    private final JdbcClient jdbc;

    JdbcRecommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Recommendation> forCustomer(CustomerId customer, Instant notSince, int limit) {
        return jdbc.sql("""
                with own as (
                    select distinct l.product_id from order_line l
                    where l.customer_id = :id and not l.is_gift
                      and not exists (select 1 from order_return r where r.order_line_id = l.id)
                ), recent as (
                    select distinct l.product_id from order_line l where l.customer_id = :id and l.ordered_at >= :since
                ), scored as (
                    select a.other_id, a.product_id as because, a.customers, a.confidence,
                           row_number() over (partition by a.other_id
                                              order by a.confidence desc, a.customers desc, a.product_id) as best
                    from product_affinity a join own o on o.product_id = a.product_id
                    where a.other_id not in (select product_id from recent)
                )
                select s.other_id, p.name, b.name as because, s.confidence from scored s
                join product p on p.id = s.other_id join product b on b.id = s.because
                where s.best = 1
                order by s.confidence desc, s.customers desc, s.other_id
                limit :limit""")
                .param("id", customer.value())
                .param("since", Timestamp.from(notSince))
                .param("limit", limit)
                .query((rs, n) -> new Recommendation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).doubleValue()))
                .list();
    }
}
