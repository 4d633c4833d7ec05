package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.CallTickets;
import io.dangol.crm.shared.PhoneNumber;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcCallTickets implements CallTickets {

    private final JdbcClient jdbc;

    JdbcCallTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issue(String ticketHash, PhoneNumber caller, String source, Instant at) {
        jdbc.sql("insert into call_ticket (ticket_hash, caller, source, issued_at) values (?, ?, ?, ?)")
                .params(ticketHash, caller.e164(), source, Timestamp.from(at)).update();
    }

    @Override
    public Optional<PhoneNumber> redeem(String ticketHash, Instant notBefore) {
        // used up in the same statement that reads it: two tabs opening one link get the number once
        return jdbc.sql("""
                update call_ticket t set used_at = now(), caller = ''
                from call_ticket old
                where old.ticket_hash = t.ticket_hash and t.ticket_hash = ? and t.used_at is null and t.issued_at >= ?
                returning old.caller""")
                .params(ticketHash, Timestamp.from(notBefore))
                .query(String.class).optional().map(PhoneNumber::parse);
    }

    @Override
    public int forget(Instant before) {
        return jdbc.sql("delete from call_ticket where issued_at < ?").param(Timestamp.from(before)).update();
    }
}
