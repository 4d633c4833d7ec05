package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.shared.CustomerId;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccessLog implements AccessLog {

    private final JdbcClient jdbc;

    JdbcAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AccessLogEntry entry) {
        jdbc.sql("insert into access_log (at, username, source_ip, customer_id, action, what) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(entry.at()), entry.username(), entry.sourceIp(),
                        entry.customer().map(CustomerId::value).orElse(null), entry.action().name(), entry.what())
                .update();
    }

    @Override
    public void record(List<AccessLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into access_log (at, username, source_ip, customer_id, action, what)
                select * from unnest(?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])""")
                .params(entries.stream().map(e -> Timestamp.from(e.at())).toArray(Timestamp[]::new),
                        entries.stream().map(AccessLogEntry::username).toArray(String[]::new),
                        entries.stream().map(AccessLogEntry::sourceIp).toArray(String[]::new),
                        entries.stream().map(e -> e.customer().map(CustomerId::value).orElse(null)).toArray(Long[]::new),
                        entries.stream().map(e -> e.action().name()).toArray(String[]::new),
                        entries.stream().map(AccessLogEntry::what).toArray(String[]::new))
                .update();
    }

    @Override
    public List<AccessLogEntry> latest(int limit) {
        return jdbc.sql("select at, username, source_ip, customer_id, action, what from access_log order by at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> new AccessLogEntry(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("source_ip"), Optional.ofNullable(rs.getObject("customer_id", Long.class)).map(CustomerId::of),
                        AccessAction.valueOf(rs.getString("action")), rs.getString("what")))
                .list();
    }
}
