package io.dangol.crm.scoring.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Item-to-item co-purchase for recommendations, recomputed in the run's transaction: on every customer up to
 * 50,000, beyond that on a deterministic tenth of them (co-purchase shares need no more, and a million customers'
 * pairs would cost the job many seconds), each
 * customer's own products — order lines that are neither gifts (a present says nothing of the buyer's taste) nor
 * returned — are paired; per product the 10 others most often bought by the same customers are kept, with the
 * share of the product's buyers who bought them too.
 */
final class ProductAffinity {

    static final long SAMPLE_FROM = 50_000;
    static final int KEEP = 10;

    private static final String SQL = """
            with sampled as (
                select id from customer where created_at < ? and erased_at is null and %s
            ), bought as (
                select distinct l.customer_id, l.product_id from sampled s
                join order_line l on l.customer_id = s.id
                where not l.is_gift and l.ordered_at < ?
                  and not exists (select 1 from order_return r where r.order_line_id = l.id)
            ), buyers as (
                select product_id, count(*) as buyers from bought group by product_id
            ), pairs as (
                select a.product_id, b.product_id as other_id, count(*) as customers
                from bought a join bought b on b.customer_id = a.customer_id and b.product_id <> a.product_id
                group by a.product_id, b.product_id
            ), ranked as (
                select p.*, row_number() over (partition by p.product_id order by p.customers desc, p.other_id) as place
                from pairs p
            )
            insert into product_affinity (product_id, other_id, customers, confidence)
            select r.product_id, r.other_id, r.customers, round(r.customers::numeric / b.buyers, 6)
            from ranked r join buyers b on b.product_id = r.product_id
            where r.place <= %d""";

    private ProductAffinity() {
    }

    static void record(Connection work, Instant asOf, long customers) throws SQLException {
        ScoreTable.execute(work, "delete from product_affinity");
        String sample = customers < SAMPLE_FROM ? "true" : "id % 10 = 0";
        try (PreparedStatement statement = work.prepareStatement(SQL.formatted(sample, KEEP))) {
            statement.setTimestamp(1, Timestamp.from(asOf));
            statement.setTimestamp(2, Timestamp.from(asOf));
            statement.executeUpdate();
        }
    }
}
