package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.StaffSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff sessions as Spring Session keeps them in PostgreSQL (V33): ending a user's sessions deletes them, so the next
 * request on any app instance finds no session and lands on the sign-in page. Works from an operator command too.
 */
@Repository
class JdbcStaffSessions implements StaffSessions {

    private final JdbcClient jdbc;

    JdbcStaffSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int endAll(String username) {
        return jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
    }

    @Override
    public int endAllBut(String username, String keptSessionId) {
        if (keptSessionId == null) {
            return endAll(username);
        }
        return jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
                .params(username, keptSessionId).update();
    }
}
