package io.dangol.crm.overview.persistence;

import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.overview.BusinessFigures;
import io.dangol.crm.overview.BusinessOverview;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's figures: customers per stage (the stage index), all orders, and the revenue of the
 * last 30 days (the order-date index), so the page stays quick on a large database.
 */
@Repository
@Transactional(readOnly = true)
class JdbcBusinessFigures implements BusinessFigures {

    private final JdbcClient jdbc;
    private final TransactionImport imports;

    JdbcBusinessFigures(JdbcClient jdbc, TransactionImport imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    @Override
    public BusinessOverview overview() {
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
        return new BusinessOverview(perStage, orders, recentRevenue, lastImport());
    }

    private Optional<ImportRun> lastImport() {
        return imports.latest(1).stream().findFirst();
    }
}
