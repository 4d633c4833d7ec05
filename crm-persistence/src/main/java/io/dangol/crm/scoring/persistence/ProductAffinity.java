package io.dangol.crm.scoring.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Item-to-item co-purchase for recommendations: on every customer up to 50,000, beyond that on a deterministic sample
 * of about 50,000 (every k-th customer id, k = ⌈customers / 50,000⌉: co-purchase shares need no more, and the cost
 * stays flat as the customers grow — a tenth, as before, was 2.9 s at a million customers, 1.6 s now), each
 * customer's own products — order lines that are neither gifts (a present says nothing of the buyer's taste) nor
 * returned — are paired; per product the 10 others most often bought by the same customers are kept, with the
 * share of the product's buyers who bought them too.
 * <p>The pairs depend on orders only, not on the scores, so they are {@linkplain #read read} on a connection of their
 * own while the run publishes (its statements keep one core busy; the aggregate pass, where they were read before,
 * keeps both), and {@linkplain #write written} last in the run's transaction: the ~3 s of pairing at a million
 * customers are off the job's critical path.
 */
final class ProductAffinity {

    static final long SAMPLE = 50_000;
    static final int KEEP = 10;
    /** Enough for the sample's distinct products per customer (~14 MB at 50,000 customers) in memory. */
    private static final String WORK_MEMORY = "64MB";

    /** One product's neighbour: bought by {@code customers} of the product's buyers, {@code confidence} of them. */
    record Pair(long productId, long otherId, long customers, BigDecimal confidence) { }

    /** Parameters: as of, three times. */
    private static final String SQL = """
            with population as (
                select greatest(1, ceil(count(*) / %d.0))::bigint as step
                from customer where created_at < ? and erased_at is null
            ), sampled as (
                select id from customer
                where created_at < ? and erased_at is null and id %% (select step from population) = 0
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
            select r.product_id, r.other_id, r.customers, round(r.customers::numeric / b.buyers, 6) as confidence
            from ranked r join buyers b on b.product_id = r.product_id
            where r.place <= %d""".formatted(SAMPLE, KEEP);

    private static final String WRITE = """
            insert into product_affinity (product_id, other_id, customers, confidence)
            select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[])""";

    private ProductAffinity() {
    }

    /** The pairs as of {@code asOf}, read on a connection of their own (at most products × 10 rows). */
    static List<Pair> read(DataSource dataSource, Instant asOf) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        try (Connection read = dataSource.getConnection()) {
            read.setAutoCommit(false);
            read.setReadOnly(true);
            // the sample's size is not known to the planner, which guesses 0.5 % of the customers: with the default
            // 4 MB its hash of each customer's distinct products spilled into 241,120 batches (121 s, not 1.6)
            ScoreTable.execute(read, "set local work_mem = '" + WORK_MEMORY + "'");
            try (PreparedStatement query = read.prepareStatement(SQL)) {
                Timestamp at = Timestamp.from(asOf);
                for (int i = 1; i <= 3; i++) {
                    query.setTimestamp(i, at);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        pairs.add(new Pair(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getBigDecimal(4)));
                    }
                }
            }
            read.commit(); // the pool puts back auto-commit and read-write (and rolls back if this is not reached)
        }
        return pairs;
    }

    /** Replaces the stored pairs with these, in the run's transaction. */
    static void write(Connection work, List<Pair> pairs) throws SQLException {
        ScoreTable.execute(work, "delete from product_affinity");
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = work.prepareStatement(WRITE)) {
            insert.setArray(1, work.createArrayOf("bigint", pairs.stream().map(Pair::productId).toArray()));
            insert.setArray(2, work.createArrayOf("bigint", pairs.stream().map(Pair::otherId).toArray()));
            insert.setArray(3, work.createArrayOf("bigint", pairs.stream().map(Pair::customers).toArray()));
            insert.setArray(4, work.createArrayOf("numeric", pairs.stream().map(Pair::confidence).toArray()));
            insert.executeUpdate();
        }
    }
}
