package io.dangol.crm.customer.persistence;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.customer.EventKind;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.customer.CustomerFile;
import io.dangol.crm.customer.CustomerFiles;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.RiskReason;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcCustomerFiles implements CustomerFiles {

    private static final int LADDER_MOVES = 20;

    private final JdbcClient jdbc;

    JdbcCustomerFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, String name, String kind, Instant createdAt, String acquired, LadderStage stage,
                        List<String> tags) { }

    @Override
    public boolean exists(CustomerId customer) {
        return jdbc.sql("select exists (select 1 from customer where id = ? and erased_at is null)").param(customer.value())
                .query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerFile> open(CustomerId customer) {
        Optional<Head> head = jdbc.sql("""
                select id, name, kind, created_at, acquired_through, ladder_stage, tags from customer
                where id = ? and erased_at is null""")
                .param(customer.value())
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), LadderStage.valueOf(rs.getString(6)), strings(rs.getArray(7))))
                .optional();
        return head.map(this::file);
    }

    private CustomerFile file(Head head) {
        long id = head.id();
        List<CustomerFile.Point> points = jdbc.sql("""
                select id, kind, value, verified_at from contact_point where customer_id = ? and retired_at is null order by kind, id""")
                .param(id)
                .query((rs, n) -> new CustomerFile.Point(rs.getLong(1), ContactPointKind.valueOf(rs.getString(2)),
                        rs.getString(3), Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant)))
                .list();
        List<CustomerFile.ConsentRecord> consents = jdbc.sql("""
                select id, channel, purpose, status, at, source, note, recorded_by from consent
                where customer_id = ? order by at desc, id desc""")
                .param(id)
                .query((rs, n) -> new CustomerFile.ConsentRecord(rs.getLong(1), ConsentChannel.valueOf(rs.getString(2)),
                        ConsentPurpose.valueOf(rs.getString(3)), ConsentStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), ConsentSource.valueOf(rs.getString(6)), rs.getString(7),
                        Optional.ofNullable(rs.getString(8))))
                .list();
        List<CustomerFile.Event> events = jdbc.sql("""
                select kind, label, month, day, year from customer_event where customer_id = ? order by month, day""")
                .param(id)
                .query((rs, n) -> new CustomerFile.Event(EventKind.valueOf(rs.getString(1)), Optional.ofNullable(rs.getString(2)),
                        rs.getInt(3), rs.getInt(4), Optional.ofNullable(rs.getObject(5, Integer.class))))
                .list();
        Optional<Instant> firstPurchase = jdbc.sql("select min(ordered_at) from customer_order where customer_id = ?")
                .param(id).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
        Optional<CustomerFile.Standing> standing = jdbc.sql("""
                select segment, r_score, f_score, m_score, profit_contribution, predicted_clv, historical_clv, p_alive,
                       expected_purchases_90d, recency_days, at_risk, risk_reasons, frequency
                from customer_score where customer_id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Optional<Integer> r = Optional.ofNullable(rs.getObject("r_score", Integer.class));
                    Optional<String> rfm = r.isPresent()
                            ? Optional.of(r.get() + "" + rs.getInt("f_score") + rs.getInt("m_score")) : Optional.empty();
                    return new CustomerFile.Standing(Optional.ofNullable(rs.getString("segment")).map(RfmSegment::valueOf), rfm,
                            rs.getBigDecimal("profit_contribution"), Optional.ofNullable(rs.getBigDecimal("predicted_clv")),
                            rs.getBigDecimal("historical_clv"),
                            Optional.ofNullable(rs.getBigDecimal("p_alive")).map(BigDecimal::doubleValue),
                            Optional.ofNullable(rs.getBigDecimal("expected_purchases_90d")).map(BigDecimal::doubleValue),
                            Optional.ofNullable(rs.getObject("recency_days", Integer.class)), rs.getBoolean("at_risk"),
                            strings(rs.getArray("risk_reasons")).stream().map(RiskReason::valueOf).toList(),
                            rs.getLong("frequency"));
                })
                .optional();
        List<CustomerFile.LadderMove> ladder = jdbc.sql("""
                select at, from_stage, to_stage, rule from ladder_history where customer_id = ? order by at desc, id desc limit ?""")
                .params(id, LADDER_MOVES)
                .query((rs, n) -> new CustomerFile.LadderMove(rs.getTimestamp(1).toInstant(), LadderStage.valueOf(rs.getString(2)),
                        LadderStage.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
        return new CustomerFile(id, head.name(), head.kind(), head.createdAt(), head.acquired(), head.stage(), head.tags(),
                points, consents, events, firstPurchase, standing, ladder);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
