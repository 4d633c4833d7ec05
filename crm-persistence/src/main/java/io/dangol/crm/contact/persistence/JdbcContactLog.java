package io.dangol.crm.contact.persistence;

import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.contact.FollowUp;
import io.dangol.crm.contact.FollowUps;
import io.dangol.crm.shared.CustomerId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcContactLog implements ContactLog, FollowUps {

    private final JdbcClient jdbc;

    JdbcContactLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean customerExists(CustomerId customer) {
        return jdbc.sql("select exists (select 1 from customer where id = ? and erased_at is null)").param(customer.value())
                .query(Boolean.class).single();
    }

    @Override
    public long record(CustomerId customer, ContactDraft.NewContact contact, Department department, Optional<Long> staffUserId,
                       Instant at) {
        return jdbc.sql("""
                insert into contact (customer_id, channel, direction, purpose, outcome, department, note, staff_user_id,
                                     happened_at, follow_up_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customer.value(), contact.channel().name(), contact.direction().name(), contact.purpose().name(),
                        contact.outcome().map(Enum::name).orElse(null), department.name(), contact.note(),
                        staffUserId.orElse(null), Timestamp.from(at), contact.followUpOn().map(Date::valueOf).orElse(null))
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> dueFor(long staffUserId, LocalDate until) {
        return jdbc.sql("""
                select t.id, t.customer_id, c.name, t.follow_up_on, t.purpose, t.note from contact t
                join customer c on c.id = t.customer_id
                where t.staff_user_id = ? and t.follow_up_on is not null and t.follow_up_done_at is null
                  and t.follow_up_on <= ?
                order by t.follow_up_on, t.id""")
                .params(staffUserId, Date.valueOf(until))
                .query((rs, n) -> new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    @Override
    public boolean markDone(long contactId, long staffUserId, Instant at) {
        return jdbc.sql("""
                update contact set follow_up_done_at = ? where id = ? and staff_user_id = ?
                  and follow_up_on is not null and follow_up_done_at is null""")
                .params(Timestamp.from(at), contactId, staffUserId).update() == 1;
    }

    @Override
    public boolean reschedule(long contactId, long staffUserId, LocalDate to) {
        return jdbc.sql("""
                update contact set follow_up_on = ? where id = ? and staff_user_id = ?
                  and follow_up_on is not null and follow_up_done_at is null""")
                .params(Date.valueOf(to), contactId, staffUserId).update() == 1;
    }
}
