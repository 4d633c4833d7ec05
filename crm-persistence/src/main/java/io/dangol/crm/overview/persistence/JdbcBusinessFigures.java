package io.dangol.crm.overview.persistence;

import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.overview.BusinessFigures;
import io.dangol.crm.overview.BusinessOverview;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's figures: customers per stage, all orders, and the revenue of the last 30 days. At a million
 * customers counting them costs about a second of the database's CPU (three scans of customers, orders and the last
 * month's order lines), and every member of staff lands on this page: they are counted at most once a minute
 * (per instance, {@code crm.home.figures-fresh-for}) and the page says when. The last import is read each time, so a running one shows its progress.
 */
@Repository
@Transactional(readOnly = true)
class JdbcBusinessFigures implements BusinessFigures {

    private record Counted(Map<LadderStage, Long> perStage, long orders, BigDecimal recentRevenue, Instant at) { }

    private final JdbcClient jdbc;
    private final TransactionImport imports;
    private final Clock clock;
    private final Duration freshFor;
    private final AtomicReference<Counted> last = new AtomicReference<>();

    JdbcBusinessFigures(JdbcClient jdbc, TransactionImport imports, Clock clock,
                        @Value("${crm.home.figures-fresh-for:PT1M}") Duration freshFor) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    @Override
    public BusinessOverview overview() {
        Counted counted = fresh();
        return new BusinessOverview(counted.perStage(), counted.orders(), counted.recentRevenue(), counted.at(), lastImport());
    }

    private Counted fresh() {
        Counted counted = last.get();
        if (counted != null && !stale(counted)) {
            return counted;
        }
        synchronized (last) { // one count at a time: the others wait for it rather than count too
            counted = last.get();
            if (counted == null || stale(counted)) {
                counted = count();
                last.set(counted);
            }
            return counted;
        }
    }

    private boolean stale(Counted counted) {
        Instant now = clock.instant();
        return now.isBefore(counted.at()) || !now.isBefore(counted.at().plus(freshFor));
    }

    private Counted count() {
        Instant at = clock.instant();
        Map<LadderStage, Long> perStage = new EnumMap<>(LadderStage.class);
        jdbc.sql("select ladder_stage, count(*) from customer where erased_at is null group by ladder_stage")
                .query(rs -> {
                    perStage.put(LadderStage.valueOf(rs.getString(1)), rs.getLong(2));
                });
        long orders = jdbc.sql("select count(*) from customer_order").query(Long.class).single();
        BigDecimal recentRevenue = jdbc.sql("""
                select coalesce(sum(l.quantity * l.unit_price - l.discount), 0)
                from customer_order o join order_line l on l.order_id = o.id
                where o.ordered_at >= now() - interval '30 days'""")
                .query(BigDecimal.class).single();
        return new Counted(perStage, orders, recentRevenue, at);
    }

    private Optional<ImportRun> lastImport() {
        return imports.latest(1).stream().findFirst();
    }
}
