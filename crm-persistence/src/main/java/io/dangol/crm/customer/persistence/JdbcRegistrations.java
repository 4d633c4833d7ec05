package io.dangol.crm.customer.persistence;

import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.customer.CustomerChange;
import io.dangol.crm.customer.NewCustomer;
import io.dangol.crm.customer.Registrations;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.PhoneNumber;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a registration; the caller ({@code RegisterCustomer}) holds the transaction. */
@Repository
class JdbcRegistrations implements Registrations {

    private final JdbcClient jdbc;

    JdbcRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CustomerId register(NewCustomer customer, List<CustomerId> despite, String by, Instant at) {
        Timestamp now = Timestamp.from(at);
        long id = jdbc.sql("""
                insert into customer (name, kind, created_at, acquired_through, tags) values (?, ?, ?, ?, ?) returning id""")
                .params(customer.name(), customer.kind().name(), now, customer.channel().name(),
                        customer.tags().stream().sorted().toArray(String[]::new))
                .query(Long.class).single();
        Timestamp verified = customer.pointsConfirmed() ? now : null;
        for (PhoneNumber phone : customer.phones()) {
            point(id, "PHONE", phone.national(), verified, now);
        }
        customer.email().ifPresent(email -> point(id, "EMAIL", email.value(), verified, now));
        customer.address().ifPresent(address -> point(id, "POSTAL", address.line(), verified, now));
        customer.birthday().ifPresent(day -> jdbc.sql("""
                insert into customer_event (customer_id, kind, month, day, year) values (?, 'BIRTHDAY', ?, ?, ?)""")
                .params(id, day.getMonthValue(), day.getDayOfMonth(), day.getYear()).update());
        for (ConsentWording.Item consent : customer.consents()) {
            jdbc.sql("""
                    insert into consent (customer_id, channel, purpose, status, at, source, note, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, consent.channel().name(), consent.purpose().name(), ConsentStatus.GRANTED.name(), now,
                            ConsentSource.SIGNUP.name(), "", by) // the wording and its language: customer_registration
                    .update();
        }
        jdbc.sql("""
                insert into customer_registration (customer_id, registered_at, registered_by, channel, store, consent_wording,
                                                   language, consents, guardian_name, guardian_relation, guardian_phone,
                                                   possible_duplicates, duplicate_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, now, by, customer.channel().name(), customer.store(), customer.wordingVersion(), customer.language(),
                        customer.consents().stream().map(ConsentWording.Item::code).toArray(String[]::new),
                        customer.guardian().map(NewCustomer.Guardian::name).orElse(null),
                        customer.guardian().map(NewCustomer.Guardian::relation).orElse(null),
                        customer.guardian().map(g -> g.phone().national()).orElse(null),
                        despite.stream().map(CustomerId::value).toArray(Long[]::new), customer.duplicateReason())
                .update();
        // for a registration: the channel, and the store
        CustomerChangeLog.record(jdbc, id, new CustomerChange(CustomerChange.Field.REGISTERED, customer.channel().name(),
                customer.store()), by, at);
        return CustomerId.of(id);
    }

    private void point(long customer, String kind, String value, Timestamp verified, Timestamp at) {
        jdbc.sql("""
                insert into contact_point (customer_id, kind, value, verified_at, created_at) values (?, ?, ?, ?, ?)
                on conflict (customer_id, kind, value) do nothing""")
                .params(customer, kind, value, verified, at).update();
    }
}
