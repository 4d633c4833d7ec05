package io.dangol.crm.importing.persistence;

import io.dangol.crm.importing.ImportReport;
import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.ImportStatus;
import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.importing.RefusedFile;
import io.dangol.crm.importing.Rejection;
import io.dangol.crm.importing.TextEncoding;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.importing.TransactionLine;
import io.dangol.crm.importing.TransactionsFile;
import java.io.Reader;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Streams a transactions file into a temporary staging table with COPY (the JVM holds one buffer, never the file),
 * then upserts customers, products, orders and lines set-based, keyed by (source system, external id) and
 * (order, line number) — all in one transaction on its own connection, ending with the run's counts. A run that
 * fails rolls back completely; only its RUNNING record remains, then marked FAILED.
 */
@Repository
class JdbcTransactionImport implements TransactionImport {

    /** A RUNNING import nobody holds is abandoned once it is this old (it takes its lock within moments of starting). */
    private static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofSeconds(10);


    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactionImport.class);

    private static final int REPORTED = 100;
    private static final String BULK_WORK_MEM = "512MB";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;

    JdbcTransactionImport(DataSource dataSource, JdbcClient jdbc, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.clock = clock;
    }

    @Override
    public long begin(String fileName, String sourceSystem, String startedBy, Optional<String> chosenKind) {
        return jdbc.sql("""
                insert into import_run (kind, kind_chosen, file_name, source_system, started_by, started_at, status)
                values (?, ?, ?, ?, ?, ?, 'RUNNING') returning id""")
                .params(chosenKind.orElse("auto"), chosenKind.isPresent(), fileName, sourceSystem, startedBy,
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    @Override
    public void detected(long runId, String kind, TextEncoding encoding, List<String> header) {
        jdbc.sql("update import_run set kind = ?, encoding = ?, header = ? where id = ?")
                .params(kind, encoding.name(), header.toArray(String[]::new), runId).update();
    }

    @Override
    public List<String> header(long runId) {
        return jdbc.sql("select coalesce(header, '{}') from import_run where id = ?").param(runId)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    @Override
    public ImportReport load(long runId, Reader reader, ZoneId zone, Map<String, String> columnMapping)
            throws RefusedFile {
        String source = find(runId).orElseThrow().sourceSystem();
        StagedLoad.file(dataSource, runId, "copy staged from stdin", read -> Runs.progress(jdbc, runId, read), clock,
                work -> {
                    forBulk(work);
                    createStaging(work);
                },
                copy -> {
                    long read = TransactionsFile.read(reader, zone, columnMapping, new Staging(copy));
                    LOG.debug("import: {} records read", read);
                    return read;
                },
                work -> {
                    StagedLoad.Written written = upsert(work, source, phase -> Runs.phase(jdbc, runId, phase));
                    StagedLoad.noteWritten(work, "select customer_id from lines_written");
                    return written;
                },
                "customer, product, customer_order, order_line");
        return new ImportReport(find(runId).orElseThrow(), rejections(runId, REPORTED));
    }

    @Override
    public RecordWrite write(String sourceSystem, List<TransactionLine> lines) {
        try {
            return StagedLoad.record(dataSource, JdbcTransactionImport::createStaging, work -> {
                try (PreparedStatement staged = work.prepareStatement("insert into staged values (?, ?, ?, ?, ?, ?, ?)")) {
                    for (TransactionLine line : lines) {
                        staged.setLong(1, line.line());
                        staged.setString(2, line.customerId());
                        staged.setTimestamp(3, Timestamp.from(line.orderedAt()));
                        staged.setBigDecimal(4, line.amount().setScale(2, RoundingMode.HALF_EVEN));
                        staged.setString(5, line.orderId());
                        staged.setString(6, line.product());
                        staged.setInt(7, line.quantity());
                        staged.addBatch();
                    }
                    staged.executeBatch();
                }
            }, work -> upsert(work, sourceSystem, phase -> { }));
        } catch (SQLException e) {
            throw new IllegalStateException("the order could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Rejection> rejections(long runId, int limit) {
        return jdbc.sql("select line, reason, detail, raw from import_rejection where run_id = ? order by line limit ?")
                .params(runId, limit)
                .query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * Settings for this transaction only: sorts and hashes of millions of staged rows in memory, and — where the
     * database user may set {@code session_replication_role} (a superuser, or the runtime role the schema's owner granted
     * it to: afterMigrate.sql) — no per-row foreign-key triggers: every row
     * this import writes references a customer, order or product it found or wrote by a join in the same
     * statement, and nothing in Dangol deletes those (ADR 11).
     */
    private static void forBulk(Connection work) throws SQLException {
        Runs.execute(work, "set local work_mem = '" + BULK_WORK_MEM + "'");
        if (Runs.count(work, "select count(*) where has_parameter_privilege('session_replication_role', 'SET')") == 1) {
            Runs.execute(work, "set local session_replication_role = replica");
        }
    }

    static void createStaging(Connection work) throws SQLException {
        Runs.execute(work, """
                create temporary table staged (line bigint, customer_ext text, ordered_at timestamptz,
                    amount numeric(14, 2), order_ext text, product text, quantity int) on commit drop""");
        Runs.execute(work, "create temporary table rejected (line bigint, reason text, detail text) on commit drop");
        // the customers whose order lines this run inserted or changed (named in the access log after a file's commit)
        Runs.execute(work, "create temporary table lines_written (customer_id bigint) on commit drop");
    }

    /**
     * The staged lines, upserted set-based in named steps: each order staged once, orders the file gives to two
     * customers or that belong to another customer rejected (all their rows, to the temporary table {@code rejected}),
     * then customers, products, orders and their lines written. Returns the order lines inserted and updated.
     */
    static StagedLoad.Written upsert(Connection work, String source, Consumer<String> phase) throws SQLException {
        Laps laps = new Laps();
        Runs.execute(work, "analyze staged");
        laps.lap("analyze");
        stageOrders(work);
        laps.lap("orders staged");
        rejectAmbiguousOrders(work);
        laps.lap("ambiguous orders");
        rejectOrdersOfOtherCustomers(work, source);
        rejectErasedCustomers(work, source);
        laps.lap("orders of other customers");
        phase.accept("customers");
        writeCustomers(work, source);
        laps.lap("customers");
        writeProducts(work, source);
        laps.lap("products");
        long incoming = Runs.count(work, "select count(*) from staged");
        StagedLoad.Written lines;
        try (LargeLoad large = LargeLoad.begin(work, incoming, "customer_order", "order_line")) {
            laps.lap(large.droppedIndexes() ? "plain indexes dropped for a large load" : "indexes kept");
            phase.accept("orders");
            writeOrders(work, source);
            laps.lap("orders");
            phase.accept("lines");
            lines = writeLines(work, source);
            laps.lap("order lines");
        }
        laps.lap("indexes built");
        return lines;
    }

    /** Each order once: its customer (two different ones make it ambiguous) and its time. */
    private static void stageOrders(Connection work) throws SQLException {
        Runs.execute(work, """
                create temporary table staged_order on commit drop as
                select order_ext, min(customer_ext) as customer_ext, max(customer_ext) as other_customer,
                       min(ordered_at) as ordered_at
                from staged group by order_ext""");
    }

    /** An order id that the file gives to two customers is ambiguous: all its rows are rejected. */
    private static void rejectAmbiguousOrders(Connection work) throws SQLException {
        Runs.execute(work, """
                with bad as (delete from staged_order where customer_ext <> other_customer returning order_ext),
                rejected as (
                    insert into rejected (line, reason, detail)
                    select s.line, 'import.reject.orderCustomers', s.order_ext from staged s join bad using (order_ext)
                    returning line)
                delete from staged where line in (select line from rejected)""");
    }

    /** An order id that already belongs to another customer: all its rows are rejected. */
    private static void rejectOrdersOfOtherCustomers(Connection work, String source) throws SQLException {
        try (PreparedStatement owner = work.prepareStatement("""
                with moved as (
                    delete from staged_order so using customer_order o, customer c
                    where o.source_system = ? and o.external_id = so.order_ext and c.id = o.customer_id
                      and (c.source_system is distinct from ? or c.external_id is distinct from so.customer_ext)
                      and c.id is distinct from (select coalesce(f.merged_into, f.id) from customer f
                                                 where f.source_system = ? and f.external_id = so.customer_ext)
                    returning so.order_ext),
                rejected as (
                    insert into rejected (line, reason, detail)
                    select s.line, 'import.reject.orderOwner', s.order_ext from staged s join moved using (order_ext)
                    returning line)
                delete from staged where line in (select line from rejected)""")) {
            owner.setString(1, source);
            owner.setString(2, source);
            owner.setString(3, source);
            owner.executeUpdate();
        }
        Runs.execute(work, "analyze staged_order");
    }

    /**
     * Rows of a customer erased at their request (their source id kept only as a hash) are refused, not made a new
     * customer. Only looked for when this source has erased customers at all, so an ordinary import pays nothing.
     */
    private static void rejectErasedCustomers(Connection work, String source) throws SQLException {
        try (PreparedStatement any = work.prepareStatement(
                "select exists (select 1 from customer where source_system = ? and external_id like 'erased:%')")) {
            any.setString(1, source);
            try (var rs = any.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return;
                }
            }
        }
        try (PreparedStatement erased = work.prepareStatement("""
                with gone as (
                    delete from staged_order so using customer c
                    where c.source_system = ? and c.external_id = %s
                    returning so.order_ext, so.customer_ext),
                rejected as (
                    insert into rejected (line, reason, detail)
                    select s.line, 'import.reject.erased', g.customer_ext from staged s join gone g using (order_ext)
                    returning line)
                delete from staged where line in (select line from rejected)""".formatted(
                io.dangol.crm.persistence.ErasedIds.HASHED.formatted("?", "so.customer_ext")))) {
            erased.setString(1, source);
            erased.setString(2, source);
            erased.executeUpdate();
        }
    }

    private static void writeCustomers(Connection work, String source) throws SQLException {
        try (PreparedStatement customers = work.prepareStatement("""
                insert into customer (name, created_at, acquired_through, ladder_stage, source_system, external_id)
                select customer_ext, min(ordered_at), 'IMPORT', 'BUYER', ?, customer_ext from staged_order group by customer_ext
                on conflict (source_system, external_id) where external_id is not null do nothing""")) {
            customers.setString(1, source);
            customers.executeUpdate();
        }
    }

    private static void writeProducts(Connection work, String source) throws SQLException {
        try (PreparedStatement products = work.prepareStatement("""
                insert into product (sku, name)
                select distinct 'import:' || ? || ':' || coalesce(nullif(product, ''), '-'), coalesce(nullif(product, ''), '-')
                from staged
                on conflict (sku) do nothing""")) {
            products.setString(1, source);
            products.executeUpdate();
        }
    }

    private static void writeOrders(Connection work, String source) throws SQLException {
        try (PreparedStatement orders = work.prepareStatement("""
                insert into customer_order (customer_id, source_system, external_id, channel, ordered_at)
                select coalesce(c.merged_into, c.id), ?, s.order_ext, 'STORE', s.ordered_at from staged_order s
                join customer c on c.source_system = ? and c.external_id = s.customer_ext
                order by s.order_ext
                on conflict (source_system, external_id) do update set ordered_at = excluded.ordered_at
                where customer_order.ordered_at is distinct from excluded.ordered_at""")) {
            orders.setString(1, source);
            orders.setString(2, source);
            orders.executeUpdate();
        }
    }

    /** The lines, numbered within their order; an unchanged line is not rewritten. */
    private static StagedLoad.Written writeLines(Connection work, String source) throws SQLException {
        try (PreparedStatement lines = work.prepareStatement("""
                with numbered as (
                    select s.*, row_number() over (partition by s.order_ext order by s.line) as line_no from staged s),
                written as (
                    insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, ordered_at)
                    select o.customer_id, o.id, n.line_no, p.id, n.quantity, round(n.amount / n.quantity, 2), o.ordered_at
                    from numbered n
                    join customer_order o on o.source_system = ? and o.external_id = n.order_ext
                    join product p on p.sku = 'import:' || ? || ':' || coalesce(nullif(n.product, ''), '-')
                    order by n.order_ext, n.line_no
                    on conflict (order_id, line_no) do update
                        set product_id = excluded.product_id, quantity = excluded.quantity,
                            unit_price = excluded.unit_price, ordered_at = excluded.ordered_at
                    where (order_line.product_id, order_line.quantity, order_line.unit_price, order_line.ordered_at)
                          is distinct from (excluded.product_id, excluded.quantity, excluded.unit_price, excluded.ordered_at)
                    returning (xmax = 0) as inserted, customer_id),
                noted as (insert into lines_written select distinct customer_id from written)
                select count(*) filter (where inserted), count(*) filter (where not inserted) from written""")) {
            lines.setString(1, source);
            lines.setString(2, source);
            try (ResultSet rs = lines.executeQuery()) {
                rs.next();
                return new StagedLoad.Written(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    @Override
    public void fail(long runId, String reason, String detail) {
        jdbc.sql("update import_run set status = 'FAILED', finished_at = ?, error = ? where id = ? and status = 'RUNNING'")
                .params(Timestamp.from(clock.instant()), detail.isEmpty() ? reason : reason + "|" + detail, runId).update();
    }

    @Override
    public int failAbandoned() {
        return jdbc.sql("""
                update import_run set status = 'FAILED', finished_at = ?, error = 'interrupted: the app stopped during the import'
                where status = 'RUNNING' and started_at < ? and pg_try_advisory_xact_lock(?, id::int)""")
                .params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant().minus(ABANDONED_AFTER)), Runs.LOCK_CLASS)
                .update();
    }

    @Override
    public Optional<ImportRun> find(long runId) {
        return jdbc.sql(SELECT + " where id = ?").param(runId).query(JdbcTransactionImport::run).optional();
    }

    @Override
    public List<ImportRun> latest(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query(JdbcTransactionImport::run).list();
    }

    @Override
    public void forEachRejection(long runId, Consumer<Rejection> rejection) {
        streaming.query("select line, reason, detail, raw from import_rejection where run_id = ? order by line",
                (ResultSet rs) -> {
                    rejection.accept(new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }, runId);
    }

    private static final String SELECT = """
            select id, kind, file_name, source_system, started_by, started_at, finished_at, status, encoding, rows_read,
                   inserted, updated, unchanged, rejected, error, phase, kind_chosen from import_run""";

    private static ImportRun run(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportRun(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"), rs.getString("source_system"),
                rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant), ImportStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("encoding")), rs.getLong("rows_read"), rs.getLong("inserted"),
                rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("rejected"), Optional.ofNullable(rs.getString("error")),
                Optional.ofNullable(rs.getString("phase")), rs.getBoolean("kind_chosen"));
    }

    /** How long each step of the upsert took, for the debug log (bench/import.sh shows it). */
    private static final class Laps {
        private long since = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            if (LOG.isDebugEnabled()) {
                LOG.debug("import upsert: {} in {} ms", step, (now - since) / 1_000_000);
            }
            since = now;
        }
    }

    /** The sink that COPYs accepted lines into {@code staged}. */
    private record Staging(StagingCopy copy) implements TransactionsFile.Sink {

        @Override
        public void accept(TransactionLine line) {
            copy.row().add(line.line()).add(line.customerId()).add(line.orderedAt())
                    .add(line.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString()).add(line.orderId())
                    .add(line.product()).add(line.quantity());
            copy.rowDone();
        }

        @Override
        public void reject(Rejection rejection) {
            copy.reject(rejection);
        }
    }
}
