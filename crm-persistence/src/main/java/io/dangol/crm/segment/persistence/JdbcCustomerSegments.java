package io.dangol.crm.segment.persistence;

import io.dangol.crm.persistence.SegmentSql;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.segment.CustomerSegments;
import io.dangol.crm.shared.PersonalData;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.segment.SegmentMember;
import io.dangol.crm.segment.SegmentSort;
import io.dangol.crm.segment.SegmentSummary;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.shared.BusinessZone;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcCustomerSegments implements CustomerSegments {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BusinessZone zone;

    JdbcCustomerSegments(JdbcClient jdbc, Clock clock, BusinessZone zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public SegmentSummary summarize(SegmentFilter filter) {
        if (SegmentSql.isStoredSlice(filter)) {
            boolean byStage = !filter.stages().isEmpty();
            String name = byStage ? filter.stages().iterator().next().name() : filter.rfmSegments().iterator().next().name();
            return jdbc.sql("""
                    select customers, predicted_clv, historical_clv from scoring_run_count
                    where run_id = (select run_id from customer_score limit 1) and dimension = ? and name = ?""")
                    .params(byStage ? "STAGE" : "SEGMENT", name)
                    .query((rs, n) -> new SegmentSummary(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                    .optional().orElse(SegmentSummary.EMPTY);
        }
        SegmentSql query = query(filter);
        return jdbc.sql("select count(*), coalesce(sum(s.predicted_clv), 0), coalesce(sum(s.historical_clv), 0) "
                        + query.from())
                .params(query.parameters())
                .query((rs, n) -> new SegmentSummary(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }

    @Override
    public List<SegmentMember> page(SegmentFilter filter, SegmentSort sort, boolean descending, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        long offset = (long) (Math.max(1, page) - 1) * safeSize;
        SegmentSql query = query(filter);
        String order = SegmentSql.orderBy(sort, descending);
        return jdbc.sql("""
                select s.customer_id, c.name, s.stage, s.segment, s.r_score, s.f_score, s.m_score, s.predicted_clv,
                       s.p_alive, s.recency_days, s.profit_contribution,
                       (select p.value from contact_point p where p.customer_id = s.customer_id and p.kind = 'PHONE' and p.retired_at is null
                        order by p.verified_at desc nulls last, p.id limit 1) as phone,
                       (select p.value from contact_point p where p.customer_id = s.customer_id and p.kind = 'EMAIL' and p.retired_at is null
                        order by p.verified_at desc nulls last, p.id limit 1) as email
                from (select s.* %s order by %s limit :limit offset :offset) s
                join customer c on c.id = s.customer_id
                order by %s""".formatted(query.from(), order, order))
                .params(query.parameters())
                .param("limit", safeSize)
                .param("offset", offset)
                .query((rs, n) -> {
                    Integer r = rs.getObject("r_score", Integer.class);
                    Optional<String> rfm = r == null ? Optional.empty()
                            : Optional.of(r + "" + rs.getInt("f_score") + rs.getInt("m_score"));
                    return new SegmentMember(rs.getLong("customer_id"), rs.getString("name"),
                            LadderStage.valueOf(rs.getString("stage")),
                            Optional.ofNullable(rs.getString("segment")).map(RfmSegment::valueOf), rfm,
                            Optional.ofNullable(rs.getBigDecimal("predicted_clv")),
                            Optional.ofNullable(rs.getBigDecimal("p_alive")).map(BigDecimal::doubleValue),
                            Optional.ofNullable(rs.getObject("recency_days", Integer.class)),
                            rs.getBigDecimal("profit_contribution"),
                            Optional.ofNullable(rs.getString("phone")).map(PersonalData::maskPhone),
                            Optional.ofNullable(rs.getString("email")).map(PersonalData::maskEmail));
                })
                .list();
    }

    private SegmentSql query(SegmentFilter filter) {
        return new SegmentSql(filter, zone.today(clock), zone.zone());
    }
}
