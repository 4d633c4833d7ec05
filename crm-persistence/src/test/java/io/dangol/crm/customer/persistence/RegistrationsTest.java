package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.customer.AcquisitionChannel;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.DuplicateCandidates;
import io.dangol.crm.customer.NewCustomer;
import io.dangol.crm.customer.PossibleDuplicate;
import io.dangol.crm.customer.PostalAddress;
import io.dangol.crm.customer.Registrations;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A registration's rows in PostgreSQL, and possible duplicates found by phone, e-mail, or name and birthday. */
@SpringBootTest
class RegistrationsTest extends PostgresIntegrationTest {

    private static final Instant AT = Instant.parse("2026-12-03T01:00:00Z");

    @Autowired
    Registrations registrations;

    @Autowired
    DuplicateCandidates duplicates;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    private static NewCustomer minjun(String phone, String email, LocalDate birthday) {
        return new NewCustomer("김민준", CustomerKind.PERSON, List.of(PhoneNumber.parse(phone)),
                Optional.ofNullable(email).map(EmailAddress::parse),
                PostalAddress.tryOf("06236", "서울특별시 강남구 테헤란로 152", "3층"), Optional.ofNullable(birthday),
                Set.of("VIP"), AcquisitionChannel.STORE, "강남점",
                List.of(new ConsentWording.Item(ConsentChannel.SMS, ConsentPurpose.MARKETING)), ConsentWording.VERSION, "ko",
                true, Optional.empty(), "");
    }

    @Test
    void aRegistrationWritesTheCustomerPointsBirthdayConsentsAndTheRecordOfTheForm() {
        CustomerId id = registrations.register(minjun("010-6123-4567", "minjun@example.com", LocalDate.of(1990, 5, 17)),
                List.of(), "seller", AT);

        assertThat(jdbc.sql("select name || '/' || acquired_through || '/' || array_to_string(tags, ',') from customer where id = ?")
                .param(id.value()).query(String.class).single()).isEqualTo("김민준/STORE/VIP");
        assertThat(jdbc.sql("select kind || ' ' || value || ' ' || (verified_at is not null) from contact_point where customer_id = ? order by kind")
                .param(id.value()).query(String.class).list())
                .containsExactly("EMAIL minjun@example.com true", "PHONE 010-6123-4567 true",
                        "POSTAL (06236) 서울특별시 강남구 테헤란로 152, 3층 true");
        assertThat(jdbc.sql("select year || '-' || month || '-' || day from customer_event where customer_id = ? and kind = 'BIRTHDAY'")
                .param(id.value()).query(String.class).single()).isEqualTo("1990-5-17");
        assertThat(jdbc.sql("select channel || '/' || purpose || '/' || status || '/' || source || '/' || recorded_by from consent where customer_id = ?")
                .param(id.value()).query(String.class).list()).containsExactly("SMS/MARKETING/GRANTED/SIGNUP/seller");
        assertThat(jdbc.sql("""
                select registered_by || '/' || store || '/' || consent_wording || '/' || language || '/' || array_to_string(consents, ',')
                from customer_registration where customer_id = ?""").param(id.value()).query(String.class).single())
                .isEqualTo("seller/강남점/" + ConsentWording.VERSION + "/ko/SMS-MARKETING");
    }

    @Test
    void duplicatesAreFoundByPhoneWhateverFormItWasStoredInByEmailAndByNameWithBirthday() {
        long demo = jdbc.sql("insert into customer (name) values ('김민준') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(demo).update();
        long imported = jdbc.sql("insert into customer (name) values ('Minjun Kim') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'EMAIL', 'MinJun@Example.com')").param(imported).update();
        long namesake = jdbc.sql("insert into customer (name) values ('김민준') returning id").query(Long.class).single();
        jdbc.sql("insert into customer_event (customer_id, kind, month, day) values (?, 'BIRTHDAY', 5, 17)").param(namesake).update();
        long otherDay = jdbc.sql("insert into customer (name) values ('김민준') returning id").query(Long.class).single();
        jdbc.sql("insert into customer_event (customer_id, kind, month, day) values (?, 'BIRTHDAY', 6, 1)").param(otherDay).update();
        long erased = jdbc.sql("insert into customer (name, erased_at) values ('김민준', now()) returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '010-6123-4567')").param(erased).update();

        List<PossibleDuplicate> found = duplicates.of(minjun("010-6123-4567", "minjun@example.com", LocalDate.of(1990, 5, 17)), 5);

        assertThat(found).extracting(d -> d.id().value()).containsExactlyInAnyOrder(demo, imported, namesake);
        assertThat(found).filteredOn(d -> d.id().value() == demo).singleElement()
                .satisfies(d -> assertThat(d.evidence()).containsExactly(PossibleDuplicate.Evidence.PHONE));
        assertThat(found).filteredOn(d -> d.id().value() == namesake).singleElement()
                .satisfies(d -> assertThat(d.evidence()).containsExactly(PossibleDuplicate.Evidence.NAME_AND_BIRTHDAY));
        assertThat(duplicates.of(minjun("010-6999-0000", null, null), 5)).as("nothing shared").isEmpty();
    }
}
