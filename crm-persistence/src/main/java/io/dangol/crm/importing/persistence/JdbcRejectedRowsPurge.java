package io.dangol.crm.importing.persistence;

import io.dangol.crm.importing.RejectedRowsPurge;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRejectedRowsPurge implements RejectedRowsPurge {

    private final JdbcClient jdbc;

    JdbcRejectedRowsPurge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long purgeBefore(Instant before) {
        return jdbc.sql("""
                update import_rejection r set raw = '' from import_run u
                where u.id = r.run_id and u.started_at < ? and r.raw <> ''""").param(Timestamp.from(before)).update();
    }
}
