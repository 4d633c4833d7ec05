package io.dangol.crm.scoring.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.AtRiskCustomer;
import io.dangol.crm.scoring.AtRiskCustomers;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.RiskReason;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcAtRiskCustomers implements AtRiskCustomers {

    private final JdbcClient jdbc;

    JdbcAtRiskCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page page(int page, int size) {
        int safePage = Math.max(1, page);
        long total = jdbc.sql("select count(*) from customer_score where at_risk").query(Long.class).single();
        List<AtRiskCustomer> rows = jdbc.sql("""
                select s.customer_id, c.name, s.stage, s.segment, s.p_alive, s.recency_days, s.predicted_clv, s.risk_reasons
                from customer_score s join customer c on c.id = s.customer_id
                where s.at_risk
                order by s.stage = 'CORE' desc, s.predicted_clv desc nulls last, s.customer_id
                limit ? offset ?""")
                .params(size, (long) (safePage - 1) * size)
                .query((rs, n) -> new AtRiskCustomer(rs.getLong("customer_id"), rs.getString("name"),
                        LadderStage.valueOf(rs.getString("stage")),
                        Optional.ofNullable(rs.getString("segment")).map(RfmSegment::valueOf),
                        Optional.ofNullable(rs.getBigDecimal("p_alive")).map(java.math.BigDecimal::doubleValue),
                        Optional.ofNullable(rs.getObject("recency_days", Integer.class)),
                        Optional.ofNullable(rs.getBigDecimal("predicted_clv")), reasons(rs.getArray("risk_reasons"))))
                .list();
        return new Page(rows, total, safePage, size);
    }

    private static List<RiskReason> reasons(Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(RiskReason::valueOf).toList();
    }
}
