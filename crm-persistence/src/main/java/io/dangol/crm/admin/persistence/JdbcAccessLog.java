package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.shared.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to the access log. The database fills in each row's place in the hash chain (trigger access_log_chain,
 * V30) and refuses any change or deletion of a written row.
 */
@Repository
class JdbcAccessLog implements AccessLog {

    static final String COLUMNS = "at, username, source_ip, customer_id, action, what, reason";

    private final JdbcClient jdbc;

    JdbcAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AccessLogEntry entry) {
        record(List.of(entry));
    }

    @Override
    public void record(List<AccessLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("insert into access_log (" + COLUMNS + ") "
                        + "select * from unnest(?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])")
                .params(entries.stream().map(e -> Timestamp.from(e.at())).toArray(Timestamp[]::new),
                        entries.stream().map(AccessLogEntry::username).toArray(String[]::new),
                        entries.stream().map(AccessLogEntry::sourceIp).toArray(String[]::new),
                        entries.stream().map(e -> e.customer().map(CustomerId::value).orElse(null)).toArray(Long[]::new),
                        entries.stream().map(e -> e.action().name()).toArray(String[]::new),
                        entries.stream().map(AccessLogEntry::what).toArray(String[]::new),
                        entries.stream().map(AccessLogEntry::reason).toArray(String[]::new))
                .update();
    }

    @Override
    public List<AccessLogEntry> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from access_log order by chain_seq desc limit ?")
                .param(limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    static AccessLogEntry entry(ResultSet rs) throws SQLException {
        return new AccessLogEntry(rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("source_ip"),
                Optional.ofNullable(rs.getObject("customer_id", Long.class)).map(CustomerId::of),
                AccessAction.valueOf(rs.getString("action")), rs.getString("what"), rs.getString("reason"));
    }
}
