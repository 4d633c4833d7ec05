package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.RightsChange;
import io.dangol.crm.admin.RightsChangeKind;
import io.dangol.crm.admin.RightsChanges;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRightsChanges implements RightsChanges {

    private final JdbcClient jdbc;

    JdbcRightsChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(RightsChange change) {
        jdbc.sql("insert into user_rights_change (changed_at, actor, username, kind, detail) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(change.at()), change.actor(), change.username(), change.kind().name(), change.detail())
                .update();
    }

    @Override
    public List<RightsChange> latest(int limit) {
        return jdbc.sql("select changed_at, actor, username, kind, detail from user_rights_change order by changed_at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> new RightsChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("actor"),
                        rs.getString("username"), RightsChangeKind.valueOf(rs.getString("kind")), rs.getString("detail")))
                .list();
    }
}
