package io.dangol.crm.retention.persistence;

import io.dangol.crm.retention.RetentionHoldOut;
import io.dangol.crm.retention.RetentionSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRetentionSettings implements RetentionSettings {

    private final JdbcClient jdbc;

    JdbcRetentionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionHoldOut current() {
        return jdbc.sql("select hold_out_percent from retention_settings where id = 1")
                .query((rs, n) -> new RetentionHoldOut(rs.getInt(1))).optional().orElse(new RetentionHoldOut(0));
    }

    @Override
    public void save(RetentionHoldOut holdOut, String by) {
        jdbc.sql("update retention_settings set hold_out_percent = ?, updated_at = now(), updated_by = ? where id = 1")
                .params(holdOut.percent(), by).update();
    }
}
