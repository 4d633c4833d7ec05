package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.AccessLogRetention;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls the owner's purge functions (V30): the runtime role may not delete from these tables itself. */
@Repository
class JdbcAccessLogRetention implements AccessLogRetention {

    private final JdbcClient jdbc;

    JdbcAccessLogRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long purgeAccessLog(Instant olderThan) {
        return jdbc.sql("select purge_access_log(?)").param(Timestamp.from(olderThan)).query(Long.class).single();
    }

    @Override
    public long purgeRightsChanges(Instant olderThan) {
        return jdbc.sql("select purge_rights_changes(?)").param(Timestamp.from(olderThan)).query(Long.class).single();
    }
}
