package io.dangol.crm.scoring.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.CustomerFigures;
import io.dangol.crm.scoring.CutPlaces;
import io.dangol.crm.scoring.RankCuts;
import io.dangol.crm.scoring.Ranks;
import io.dangol.crm.scoring.RiskSignals;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;

/**
 * The one set-based pass: every customer's orders, lines, returns, service cases, contact points, referrals
 * and feedback grouped by customer in PostgreSQL; the JVM reads it through a cursor in customer id order, so memory
 * stays flat whatever the number of customers.
 * <p>The figures are first written into a temporary table with {@code CREATE TABLE AS}, which PostgreSQL may run with
 * parallel workers; a query read through a cursor may not (the driver fetches it in batches, and PostgreSQL plans such
 * portals without parallelism): at a million customers 11.0 s on one core against 7.3 s on two. The table lives until
 * the reading transaction ends.
 * <p>The buyers are not ranked one by one. Their scores change only at a few ranks ({@link RankCuts}): PostgreSQL gives
 * the key at each of those ranks ({@code percentile_disc}, one narrow sort of single values per ordering) and how many
 * buyers come before it, and the reader places each buyer against those cuts as the rows pass in id order
 * ({@link CutPlaces}). Four window functions over every buyer, sorting whole rows and joined back to the figures, took
 * 7.6 s of a million-customer run on one core; the cuts take about 1.5 s.
 */
final class AggregatePass {

    /**
     * The figures, with the instants {@code asOf} (only what happened before it counts), {@code since} (start of the
     * profit window), {@code recent} (90 days before asOf) and {@code lately} (180 days before) written in as
     * literals: a utility statement such as CREATE TABLE AS takes no bind parameters. They are instants the job
     * computed, never text from a user.
     */
    static final String FIGURES = """
            create temporary table scoring_figures on commit drop as
            with o as (
                select customer_id, count(*) as orders_all, min(ordered_at) as first_at, max(ordered_at) as last_at,
                       count(*) filter (where ordered_at >= :since) as orders_window
                from customer_order where ordered_at < :asOf group by customer_id
            ), l as (
                select l.customer_id, sum(l.quantity * l.unit_price - l.discount) as sales_to_date,
                       sum(l.quantity * l.unit_price - l.discount) filter (where l.ordered_at >= :since) as sales,
                       sum(l.quantity * p.unit_cost) filter (where l.ordered_at >= :since) as cogs
                from order_line l
                join product p on p.id = l.product_id
                where l.ordered_at < :asOf
                group by l.customer_id
            ), r as (
                select customer_id, sum(refund) as refunds_to_date, sum(refund) filter (where returned_at >= :since) as refunds,
                       count(*) filter (where returned_at >= :recent) as recent_returns
                from order_return where returned_at < :asOf group by customer_id
            ), s as (
                select customer_id, sum(cost) filter (where opened_at >= :since) as service_cost,
                       count(*) filter (where kind = 'COMPLAINT' and (closed_at is null or closed_at >= :asOf or opened_at >= :recent))
                           as complaints
                from service_case where opened_at < :asOf group by customer_id
            ), cp as (
                select customer_id, bool_or(verified_at < :asOf) as verified from contact_point
                where created_at < :asOf group by customer_id
            ), ref as (
                select customer_id, count(*) as referrals from referral where referred_at < :asOf group by customer_id
            ), fb as (
                select customer_id, count(*) filter (where sentiment = 'POSITIVE') as positive,
                       count(*) filter (where sentiment = 'NEGATIVE' and (received_at >= :lately
                           or received_at >= cast(:asOf as timestamptz) - interval '365 days'
                              and (resolved_at >= :asOf or resolved_at is null and status <> 'RESOLVED'))) as negative
                from feedback where received_at < :asOf group by customer_id
            ), ct as (
                select customer_id, max(happened_at) as last_contact from contact where happened_at < :asOf group by customer_id
            ), f as (
                select c.id, c.ladder_stage, coalesce(o.orders_all, 0) as orders_all, o.first_at, o.last_at,
                       coalesce(o.orders_window, 0) as orders_window, coalesce(l.sales, 0) as sales,
                       coalesce(r.refunds, 0) as refunds, coalesce(l.cogs, 0) as cogs, coalesce(s.service_cost, 0) as service_cost,
                       coalesce(cp.verified, false) as verified, cp.customer_id is not null as any_contact,
                       coalesce(ref.referrals, 0) as referrals, coalesce(fb.positive, 0) as positive,
                       coalesce(l.sales_to_date, 0) as sales_to_date, coalesce(r.refunds_to_date, 0) as refunds_to_date,
                       coalesce(r.recent_returns, 0) as recent_returns, coalesce(s.complaints, 0) as complaints,
                       coalesce(fb.negative, 0) as negative, ct.last_contact
                from customer c
                left join o on o.customer_id = c.id
                left join l on l.customer_id = c.id
                left join r on r.customer_id = c.id
                left join s on s.customer_id = c.id
                left join cp on cp.customer_id = c.id
                left join ref on ref.customer_id = c.id
                left join fb on fb.customer_id = c.id
                left join ct on ct.customer_id = c.id
                where c.erased_at is null and c.created_at < :asOf
            )
            select * from f order by id""";

    /** All customers of the pass, and the buyers among them. */
    static final String COUNTS = "select count(*), count(*) filter (where orders_all > 0) from scoring_figures";

    /**
     * One of the four orderings the buyers are placed along: its key in SQL, its direction, and how the JVM reads the
     * key PostgreSQL gives back in an array. Ties are broken by customer id in every ordering.
     */
    private record Ordering<K extends Comparable<? super K>>(String key, boolean descending, Function<Object, K> read) {

        /**
         * The key at each cut rank: {@code percentile_disc(f)} is the value at rank {@code ceil(f·n)}; asked for
         * {@code (rank − ½) / n} it gives the value at {@code rank} however the fraction rounds.
         */
        String keyAtRanks() {
            return "percentile_disc(?) within group (order by " + key + (descending ? " desc)" : ")");
        }

        /** How many buyers' keys come before a cut's key in this ordering. */
        String countBefore() {
            return "count(*) filter (where " + key + (descending ? " > ?)" : " < ?)");
        }

        CutPlaces<K> places(long[] ranks, Object[] keys, long[] before) {
            List<CutPlaces.Cut<K>> cuts = new ArrayList<>();
            for (int i = 0; i < ranks.length; i++) {
                cuts.add(new CutPlaces.Cut<>(ranks[i], read.apply(keys[i]), before[i]));
            }
            return new CutPlaces<>(descending ? Comparator.<K>reverseOrder() : Comparator.<K>naturalOrder(), cuts);
        }
    }

    private static final Ordering<Instant> RECENCY = new Ordering<>("last_at", false, at -> ((Timestamp) at).toInstant());
    private static final Ordering<Long> FREQUENCY = new Ordering<>("orders_window", false, n -> ((Number) n).longValue());
    private static final Ordering<BigDecimal> MONETARY = new Ordering<>("sales - refunds", false, BigDecimal.class::cast);
    private static final Ordering<BigDecimal> PROFIT =
            new Ordering<>("sales - refunds - cogs - service_cost", true, BigDecimal.class::cast);
    private static final List<Ordering<?>> ORDERINGS = List.of(RECENCY, FREQUENCY, MONETARY, PROFIT);
    private static final String BUYERS = " from scoring_figures where orders_all > 0";

    static final String CUT_KEYS = ORDERINGS.stream().map(Ordering::keyAtRanks).collect(Collectors.joining(", ", "select ", BUYERS));

    /** The figures in customer id order: the temporary table's index on id gives them so without sorting. */
    static final String ROWS = "select * from scoring_figures order by id";

    private AggregatePass() {
    }

    /**
     * Writes the figures as of {@code asOf} into the reading transaction's temporary table, finds the buyers at the
     * cuts {@code cuts} gives for the number of buyers, and returns the figures' query, ready to stream with a cursor
     * and read with a {@link Reader}. The connection must be in a transaction (auto-commit off) that may create a
     * temporary table (not read-only).
     */
    static Pass prepare(Connection connection, Instant asOf, Instant since, LongFunction<RankCuts> cuts)
            throws SQLException {
        try (Statement figures = connection.createStatement()) {
            figures.execute(FIGURES
                    .replace(":asOf", literal(asOf))
                    .replace(":since", literal(since))
                    .replace(":recent", literal(asOf.minus(Duration.ofDays(90))))
                    .replace(":lately", literal(asOf.minus(Duration.ofDays(180)))));
            figures.execute("create unique index on scoring_figures (id)");
        }
        long total;
        long buyers;
        try (Statement count = connection.createStatement(); ResultSet counted = count.executeQuery(COUNTS)) {
            counted.next();
            total = counted.getLong(1);
            buyers = counted.getLong(2);
        }
        Places places = places(connection, cuts.apply(buyers));
        PreparedStatement rows = connection.prepareStatement(ROWS);
        // binary rows from the first execution: timestamps and numbers cross as bytes, not as text both ends must
        // print and parse (the driver's -1: a server-side statement with binary transfer at once)
        rows.unwrap(PGStatement.class).setPrepareThreshold(-1);
        return new Pass(rows, total, buyers, places);
    }

    /** The figures' query and what the reader needs besides its rows. */
    record Pass(PreparedStatement query, long total, long buyers, Places places) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            query.close();
        }
    }

    /** The buyers' places along the four orderings, at their cuts. */
    record Places(CutPlaces<Instant> recency, CutPlaces<Long> frequency, CutPlaces<BigDecimal> monetary,
                  CutPlaces<BigDecimal> profit) {
    }

    /** Two scans of the buyers: the keys at the cut ranks, then how many buyers come before each key. */
    private static Places places(Connection connection, RankCuts cuts) throws SQLException {
        long[][] ranks = {cuts.quintiles(), cuts.quintiles(), cuts.quintiles(), cuts.profit()};
        Object[][] keys = new Object[ORDERINGS.size()][]; // as the driver gives them: Timestamp, Long, BigDecimal
        try (PreparedStatement query = connection.prepareStatement(CUT_KEYS)) {
            for (int i = 0; i < ranks.length; i++) {
                Double[] fractions = Arrays.stream(ranks[i]).mapToObj(rank -> (rank - 0.5) / cuts.buyers()).toArray(Double[]::new);
                query.setArray(i + 1, connection.createArrayOf("float8", fractions));
            }
            try (ResultSet found = query.executeQuery()) {
                found.next();
                for (int i = 0; i < keys.length; i++) {
                    Array values = found.getArray(i + 1); // null when nobody has bought
                    keys[i] = values == null ? new Object[0] : (Object[]) values.getArray();
                }
            }
        }
        // count(*) first: one row even when there is no cut to count before
        StringJoiner counts = new StringJoiner(", ", "select count(*), ", BUYERS).setEmptyValue("select count(*)" + BUYERS);
        List<Object> bound = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            for (Object key : keys[i]) {
                counts.add(ORDERINGS.get(i).countBefore());
                bound.add(key);
            }
        }
        long[][] before = new long[keys.length][];
        try (PreparedStatement query = connection.prepareStatement(counts.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                query.setObject(i + 1, bound.get(i));
            }
            try (ResultSet counted = query.executeQuery()) {
                counted.next();
                int column = 2;
                for (int i = 0; i < keys.length; i++) {
                    before[i] = new long[keys[i].length];
                    for (int j = 0; j < before[i].length; j++) {
                        before[i][j] = counted.getLong(column++);
                    }
                }
            }
        }
        return new Places(RECENCY.places(ranks[0], keys[0], before[0]), FREQUENCY.places(ranks[1], keys[1], before[1]),
                MONETARY.places(ranks[2], keys[2], before[2]), PROFIT.places(ranks[3], keys[3], before[3]));
    }

    private static String literal(Instant at) {
        return "timestamptz '" + at + "'";
    }

    /**
     * Reads the rows of the figures' query by column number, looked up once: by name, each of a row's values was a
     * lookup in the driver's map of column names, a third of the scoring thread's time at a million rows with the
     * timestamps' calendar arithmetic (read here as {@link OffsetDateTime}, which the driver parses without a calendar).
     * Each buyer is placed at the cuts as its row passes, so every row must be read once, in order.
     */
    static final class Reader {
        private final ResultSet rs;
        private final Pass pass;
        private final int id, ladderStage, ordersAll, firstAt, lastAt, ordersWindow, sales, refunds, cogs, serviceCost,
                verified, anyContact, referrals, positive, salesToDate, refundsToDate, recentReturns, complaints, negative,
                lastContact;
        private long lastId = Long.MIN_VALUE;

        Reader(ResultSet rs, Pass pass) throws SQLException {
            this.rs = rs;
            this.pass = pass;
            id = rs.findColumn("id");
            ladderStage = rs.findColumn("ladder_stage");
            ordersAll = rs.findColumn("orders_all");
            firstAt = rs.findColumn("first_at");
            lastAt = rs.findColumn("last_at");
            ordersWindow = rs.findColumn("orders_window");
            sales = rs.findColumn("sales");
            refunds = rs.findColumn("refunds");
            cogs = rs.findColumn("cogs");
            serviceCost = rs.findColumn("service_cost");
            verified = rs.findColumn("verified");
            anyContact = rs.findColumn("any_contact");
            referrals = rs.findColumn("referrals");
            positive = rs.findColumn("positive");
            salesToDate = rs.findColumn("sales_to_date");
            refundsToDate = rs.findColumn("refunds_to_date");
            recentReturns = rs.findColumn("recent_returns");
            complaints = rs.findColumn("complaints");
            negative = rs.findColumn("negative");
            lastContact = rs.findColumn("last_contact");
        }

        /** A customer's figures and places: call once for each row, as the cursor reaches it. */
        Row row() throws SQLException {
            CustomerFigures figures = new CustomerFigures(rs.getLong(id), LadderStage.valueOf(rs.getString(ladderStage)),
                    rs.getLong(ordersAll), instant(firstAt), instant(lastAt), rs.getLong(ordersWindow),
                    rs.getBigDecimal(sales), rs.getBigDecimal(refunds), rs.getBigDecimal(cogs),
                    rs.getBigDecimal(serviceCost), rs.getBoolean(verified), rs.getBoolean(anyContact),
                    rs.getLong(referrals), rs.getLong(positive), rs.getBigDecimal(salesToDate),
                    rs.getBigDecimal(refundsToDate), new RiskSignals(rs.getLong(recentReturns), rs.getLong(complaints),
                            rs.getLong(negative), instant(lastContact)));
            if (figures.customerId() <= lastId) { // the places count ties in id order
                throw new IllegalStateException("the figures came out of customer id order at " + figures.customerId());
            }
            lastId = figures.customerId();
            if (!figures.hasBought()) {
                return new Row(figures, new Ranks(1, 1, 1, 1, pass.buyers()));
            }
            Places places = pass.places();
            return new Row(figures, new Ranks(places.recency().place(figures.lastPurchase().orElseThrow()),
                    places.frequency().place(figures.ordersInWindow()), places.monetary().place(figures.netRevenue()),
                    places.profit().place(figures.profitContribution()), pass.buyers()));
        }

        private Optional<Instant> instant(int column) throws SQLException {
            OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
            return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
        }
    }

    /** One customer's figures and places among the buyers. */
    record Row(CustomerFigures figures, Ranks ranks) {
    }
}
