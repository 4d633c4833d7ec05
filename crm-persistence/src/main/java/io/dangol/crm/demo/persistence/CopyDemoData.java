package io.dangol.crm.demo.persistence;

import io.dangol.crm.demo.DemoCatalog;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoPopulation;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.demo.DemoCampaign;
import io.dangol.crm.demo.DemoSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * Writes the invented population with COPY, in one transaction: a failed load leaves nothing behind.
 * One thread invents the next slice of customers while PostgreSQL takes the current one.
 */
@Repository
class CopyDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(CopyDemoData.class);
    private static final int CHUNK = 5_000;
    private static final List<String> TABLES_WITH_OWN_IDS = List.of("customer", "customer_order", "order_line");

    private final DataSource dataSource;
    private final Clock clock;

    CopyDemoData(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public DemoSummary load(DemoRequest request) {
        long started = System.nanoTime();
        DemoPopulation population = new DemoPopulation(request.seed(), request.customers(),
                clock.instant().truncatedTo(ChronoUnit.DAYS));
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                DemoSummary summary = load(connection, population, started);
                connection.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo data could not be written: " + e.getMessage(), e);
        }
    }

    private DemoSummary load(Connection connection, DemoPopulation population, long started) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("lock table customer, customer_order, order_line in share row exclusive mode");
        }
        DemoCampaign campaign = population.campaign();
        long campaignId = campaignExport(connection, campaign, population);
        DemoChunk.Ids ids = new DemoChunk.Ids(maxId(connection, "customer"), maxId(connection, "customer_order") + 1,
                maxId(connection, "order_line") + 1, productIds(connection), campaignId, campaign.at());
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        BlockingQueue<DemoChunk> ready = new ArrayBlockingQueue<>(2);
        ExecutorService inventor = Executors.newSingleThreadExecutor(r -> new Thread(r, "demo-inventor"));
        try {
            Future<?> inventing = inventor.submit(() -> invent(population, ids, ready));
            return write(connection, copy, population, ready, inventing, started, campaignId);
        } finally {
            inventor.shutdownNow();
        }
    }

    private DemoSummary write(Connection connection, CopyManager copy, DemoPopulation population,
                              BlockingQueue<DemoChunk> ready, Future<?> inventing, long started, long campaignId)
            throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        StringBuilder referrals = new StringBuilder();
        long orderLines = 0;
        int written = 0;
        while (written < population.size()) {
            DemoChunk chunk = next(ready, inventing);
            for (var table : chunk.tables.entrySet()) {
                copyIn(copy, table.getKey(), DemoChunk.COLUMNS.get(table.getKey()), table.getValue().text());
                rows.merge(table.getKey(), table.getValue().rows(), Long::sum);
            }
            referrals.append(chunk.referrals.text());
            orderLines += chunk.orderLines;
            written += (int) chunk.table("customer").rows();
            if (written % 100_000 < CHUNK) {
                log.info("demo: {} of {} customers written", written, population.size());
            }
        }
        copyIn(copy, "referral", "customer_id, referred_id, referred_at", referrals.toString());
        for (String table : TABLES_WITH_OWN_IDS) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 0) + 1 from " + table + "), false)");
            }
        }
        try (PreparedStatement counts = connection.prepareStatement("""
                update campaign_export e set exported = m.touched, held_out = m.held
                from (select count(*) filter (where not held_out) as touched, count(*) filter (where held_out) as held
                      from campaign_member where export_id = ?) m
                where e.id = ?""")) {
            counts.setLong(1, campaignId);
            counts.setLong(2, campaignId);
            counts.executeUpdate();
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze customer, customer_order, order_line, campaign_member");
        }
        return new DemoSummary(rows.getOrDefault("customer", 0L), rows.getOrDefault("customer_order", 0L), orderLines,
                rows.getOrDefault("order_return", 0L), rows.getOrDefault("service_case", 0L),
                rows.getOrDefault("contact", 0L), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The planted campaign's export, written before its members (who are written with the customers): an e-mail to
     * everyone who could receive it then, counts filled in once the members are written.
     */
    private static long campaignExport(Connection connection, DemoCampaign campaign, DemoPopulation population)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into campaign_export (at, username, segment_name, filter, channel, purpose, reason, exported,
                                             left_no_consent, left_no_address, left_capped, control_percent, control_seed,
                                             cost_per_contact)
                values (?, 'demo', '데모: 이메일 수신 동의 고객', '', 'EMAIL', 'MARKETING', ?, 0, 0, 0, 0, ?, ?, ?)
                returning id""")) {
            insert.setTimestamp(1, java.sql.Timestamp.from(campaign.at()));
            insert.setString(2, campaign.reason());
            insert.setInt(3, campaign.controlPercent());
            insert.setLong(4, population.seed());
            insert.setLong(5, campaign.costPerContact());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void invent(DemoPopulation population, DemoChunk.Ids ids, BlockingQueue<DemoChunk> ready) {
        try {
            for (int from = 0; from < population.size(); from += CHUNK) {
                ready.put(DemoChunk.of(population, from, Math.min(population.size(), from + CHUNK), ids));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DemoChunk next(BlockingQueue<DemoChunk> ready, Future<?> inventing) {
        try {
            while (true) {
                DemoChunk chunk = ready.poll(200, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
                if (inventing.isDone()) {
                    inventing.get();
                    throw new IllegalStateException("the demo generator stopped early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing demo data", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the demo generator failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void copyIn(CopyManager copy, String table, String columns, String text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Puts the demo catalogue in place (once) and returns its ids in catalogue order. */
    private static long[] productIds(Connection connection) throws SQLException {
        long[] ids = new long[DemoCatalog.size()];
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into product (sku, name, category, unit_cost) values (?, ?, ?, ?)
                on conflict (sku) do update set name = excluded.name returning id""")) {
            for (int i = 0; i < ids.length; i++) {
                DemoCatalog.Product product = DemoCatalog.product(i);
                upsert.setString(1, product.sku());
                upsert.setString(2, product.name());
                upsert.setString(3, product.category());
                upsert.setBigDecimal(4, BigDecimal.valueOf(product.unitCost()));
                try (ResultSet rs = upsert.executeQuery()) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }
}
