package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.admin.AccessLogFilter;
import io.dangol.crm.admin.AccessReviews;
import io.dangol.crm.admin.ChainCheck;
import io.dangol.crm.admin.MonthlyReview;
import io.dangol.crm.admin.UserAccess;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The access log as admins read it, and the record of its monthly reviews. The chain is verified set-based: every
 * row's hash against its own content and the hash before it, and every row's link to the row before it.
 */
@Repository
class JdbcAccessReviews implements AccessReviews {

    private static final int BROKEN_SHOWN = 100;
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    JdbcAccessReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AccessLogEntry> entries(AccessLogFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + JdbcAccessLog.COLUMNS + " from access_log where at >= :from and at < :to");
        filter.username().ifPresent(u -> sql.append(" and username = :username"));
        filter.customer().ifPresent(c -> sql.append(" and customer_id = :customer"));
        filter.action().ifPresent(a -> sql.append(" and action = :action"));
        sql.append(" order by at desc, chain_seq desc offset :offset limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("from", Timestamp.from(filter.from())).param("to", Timestamp.from(filter.to()))
                .param("offset", offset).param("limit", limit);
        if (filter.username().isPresent()) {
            statement = statement.param("username", filter.username().get());
        }
        if (filter.customer().isPresent()) {
            statement = statement.param("customer", filter.customer().get().value());
        }
        if (filter.action().isPresent()) {
            statement = statement.param("action", filter.action().get().name());
        }
        return statement.query((rs, n) -> JdbcAccessLog.entry(rs)).list();
    }

    @Override
    public List<UserAccess> usage(Instant from, Instant to, ZoneId zone, LocalTime nightStarts, LocalTime nightEnds) {
        String local = "(at at time zone :zone)::time";
        String night = nightStarts.isAfter(nightEnds)
                ? local + " >= :nightStarts or " + local + " < :nightEnds"
                : local + " >= :nightStarts and " + local + " < :nightEnds";
        return jdbc.sql("""
                        select username, count(*) as entries, count(distinct customer_id) as customers,
                               count(distinct customer_id) filter (where action = 'EXPORT') as exported,
                               count(*) filter (where %s) as at_night
                        from access_log where at >= :from and at < :to
                        group by username order by customers desc, username""".formatted(night))
                .param("zone", zone.getId()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("nightStarts", nightStarts).param("nightEnds", nightEnds)
                .query((rs, n) -> new UserAccess(rs.getString("username"), rs.getLong("entries"), rs.getLong("customers"),
                        rs.getLong("exported"), rs.getLong("at_night")))
                .list();
    }

    @Override
    public ChainCheck verifyChain() {
        List<Long> broken = jdbc.sql("""
                        select chain_seq from (
                            select chain_seq, hash, prev_hash, at, username, source_ip, customer_id, action, what, reason,
                                   lag(hash) over w as before_hash, lag(chain_seq) over w as before_seq
                            from access_log window w as (order by chain_seq)) l
                        where hash is distinct from sha256(prev_hash || access_log_payload(chain_seq, at, username, source_ip,
                                                                                     customer_id, action, what, reason))
                           or (before_seq is null and chain_seq = 1 and prev_hash is distinct from access_log_genesis())
                           or (before_seq is not null and (before_seq <> chain_seq - 1 or prev_hash is distinct from before_hash))
                        order by chain_seq limit :shown""")
                .param("shown", BROKEN_SHOWN)
                .query(Long.class).list();
        return jdbc.sql("""
                        select count(*) as entries, coalesce(min(chain_seq), 0) as first, coalesce(max(chain_seq), 0) as last,
                               (select hash from access_log order by chain_seq desc limit 1) as head
                        from access_log""")
                .query((rs, n) -> {
                    byte[] head = rs.getBytes("head");
                    return new ChainCheck(rs.getLong("entries"), rs.getLong("first"), rs.getLong("last"),
                            head == null ? "" : HEX.formatHex(head), broken);
                })
                .single();
    }

    @Override
    public List<MonthlyReview> reviews(int limit) {
        return jdbc.sql("""
                        select month, reviewed_by, reviewed_at, entries, alerts, head_seq, head_hash, chain_intact, note
                        from access_review order by month desc limit ?""")
                .param(limit)
                .query((rs, n) -> new MonthlyReview(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getString("reviewed_by"),
                        rs.getTimestamp("reviewed_at").toInstant(), rs.getLong("entries"), rs.getInt("alerts"),
                        rs.getLong("head_seq"), HEX.formatHex(rs.getBytes("head_hash")), rs.getBoolean("chain_intact"),
                        rs.getString("note")))
                .list();
    }

    @Override
    public boolean record(MonthlyReview review) {
        return jdbc.sql("""
                        insert into access_review (month, reviewed_by, reviewed_at, entries, alerts, head_seq, head_hash, chain_intact, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (month) do nothing""")
                .params(java.sql.Date.valueOf(review.month().atDay(1)), review.reviewedBy(), Timestamp.from(review.reviewedAt()),
                        review.entries(), review.alerts(), review.headSeq(), HEX.parseHex(review.headHash()),
                        review.chainIntact(), review.note())
                .update() == 1;
    }
}
