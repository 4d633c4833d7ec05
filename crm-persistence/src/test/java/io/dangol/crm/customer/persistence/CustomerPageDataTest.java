package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.contact.FollowUps;
import io.dangol.crm.customer.ContactPoints;
import io.dangol.crm.consent.ConsentChange;
import io.dangol.crm.consent.Consents;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.customer.CustomerFile;
import io.dangol.crm.customer.CustomerFiles;
import io.dangol.crm.customer.CustomerQuery;
import io.dangol.crm.customer.CustomerSearch;
import io.dangol.crm.customer.FoundCustomer;
import io.dangol.crm.customer.SearchResults;
import io.dangol.crm.customer.Timeline;
import io.dangol.crm.customer.TimelineEntry;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search, the customer file, the timeline and the contact log against PostgreSQL with known customers. */
@SpringBootTest
class CustomerPageDataTest extends PostgresIntegrationTest {

    @Autowired
    CustomerSearch search;

    @Autowired
    CustomerFiles files;

    @Autowired
    Timeline timeline;

    @Autowired
    ContactLog contacts;

    @Autowired
    FollowUps followUps;

    @Autowired
    ContactPoints points;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    long minjun;
    long minseo;
    long kevin;

    @BeforeEach
    void threeCustomers() {
        Tables.emptyCustomerData(jdbc);
        minjun = customer("김민준");
        minseo = customer("김민서");
        kevin = customer("Kevin Walker");
        point(minjun, "PHONE", "010-1234-5678");
        point(minjun, "EMAIL", "Minjun.Kim@Example.com");
        point(minseo, "PHONE", "+82 10 9999 5678");
        point(kevin, "PHONE", "01055554321");
    }

    @Test
    void phonesInAnyFormatEmailsAndNamesFindTheirCustomer() {
        assertThat(ids("010-1234-5678")).containsExactly(minjun);
        assertThat(ids("01012345678")).containsExactly(minjun);
        assertThat(ids("+82 10-1234-5678")).containsExactly(minjun);
        assertThat(ids("010 9999 5678")).containsExactly(minseo);
        assertThat(ids("minjun.kim@example.com")).containsExactly(minjun);
        assertThat(ids("김민")).containsExactly(minjun, minseo);
        assertThat(ids("김민준")).containsExactly(minjun);
        assertThat(ids("민준")).as("two characters match from the start only").isEmpty();
        assertThat(ids("walker")).containsExactly(kevin);
        assertThat(ids("ke")).containsExactly(kevin);
        assertThat(ids("김민 5678")).containsExactly(minjun, minseo);
        assertThat(ids("5678 김민서")).containsExactly(minseo);
        assertThat(ids("김민 4321")).isEmpty();
        assertThat(ids("100%")).isEmpty();
        FoundCustomer found = search.find(query("김민준"), 1, 10).customers().get(0);
        assertThat(found.maskedPhone()).contains("010-****-5678");
        assertThat(found.maskedEmail()).contains("M***@Example.com");
    }

    @Test
    void aCommonNameDoesNotHideAnotherTheMostValuableComeFirstAndTheRestArePaged() {
        for (int i = 0; i < 30; i++) {
            customer("김민서");
        }
        long valuable = customer("김민준");
        score(valuable, "900000");
        score(minjun, "1000");
        long exact = customer("김민");

        SearchResults first = search.find(query("김민"), 1, 20);
        assertThat(first.matches()).isEqualTo(34);
        assertThat(first.customers()).hasSize(20);
        assertThat(first.customers().get(0).id()).as("the exact name first").isEqualTo(exact);
        assertThat(first.customers().subList(1, 3)).extracting(FoundCustomer::id)
                .as("then by predicted value, whatever the name").containsExactly(valuable, minjun);
        assertThat(first.names()).extracting(SearchResults.NameCount::name).startsWith("김민서", "김민준");
        assertThat(first.sameName("김민서")).isEqualTo(31);
        assertThat(first.sameName("김민준")).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();

        SearchResults second = search.find(query("김민"), 2, 20);
        assertThat(second.customers()).hasSize(14);
        assertThat(second.first()).isEqualTo(21);
        assertThat(second.last()).isEqualTo(34);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.customers()).extracting(FoundCustomer::id).doesNotContainAnyElementsOf(
                first.customers().stream().map(FoundCustomer::id).toList());
        assertThat(search.find(query("김민"), 9, 20).customers()).isEmpty();

        assertThat(ids("김민준")).as("exact names first, the valuable one before the other").startsWith(valuable, minjun);
    }

    @Test
    void theTimelineMergesEveryDepartmentNewestFirstAndPages() {
        order(minjun, "o-1", "2026-01-10T03:00:00Z");
        jdbc.sql("insert into service_case (customer_id, kind, subject, opened_at, cost) values (?, 'COMPLAINT', '배송 지연', ?, 5000)")
                .params(minjun, ts("2026-02-01T00:00:00Z")).update();
        jdbc.sql("insert into feedback (customer_id, channel, text, sentiment, received_at) values (?, 'WEB', '좋아요', 'POSITIVE', ?)")
                .params(minjun, ts("2026-03-01T00:00:00Z")).update();
        jdbc.sql("insert into referral (customer_id, referred_id, referred_at) values (?, ?, ?)")
                .params(minjun, kevin, ts("2026-04-01T00:00:00Z")).update();
        consents.record(CustomerId.of(minjun), new ConsentChange(ConsentChannel.SMS, ConsentPurpose.MARKETING, ConsentStatus.GRANTED, ConsentSource.STORE, "매장에서", "sales", Instant.parse("2026-05-01T00:00:00Z")));
        ContactDraft.Checked checked = new ContactDraft("PHONE", "OUTBOUND", "SALES", "INTERESTED", "다음 주 방문", "2026-06-10")
                .check(LocalDate.parse("2026-06-01"));
        contacts.record(CustomerId.of(minjun), checked.contact().orElseThrow(), Department.SALES, Optional.empty(),
                Instant.parse("2026-06-01T00:00:00Z"));

        Timeline.Page first = timeline.page(new CustomerId(minjun), 1, 4);
        assertThat(first.entries()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.CONTACT,
                TimelineEntry.Kind.CONSENT, TimelineEntry.Kind.REFERRAL_GIVEN, TimelineEntry.Kind.FEEDBACK);
        assertThat(first.hasNext()).isTrue();
        Timeline.Page second = timeline.page(new CustomerId(minjun), 2, 4);
        assertThat(second.entries()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.SERVICE_CASE, TimelineEntry.Kind.ORDER);
        assertThat(second.hasNext()).isFalse();
        TimelineEntry order = second.entries().get(1);
        assertThat(order.amount()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("29000"));
        assertThat(order.refund()).hasValueSatisfying(refund -> assertThat(refund).isEqualByComparingTo("9000"));
        assertThat(order.text()).contains("셔츠 ×2").contains("양말");
        assertThat(first.entries().get(0).detail()).contains("INTERESTED");
        assertThat(timeline.page(new CustomerId(kevin), 1, 10).entries()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.REFERRAL_RECEIVED);
    }

    @Test
    void theFileKeepsConsentHistoryAndContactPointsAreVerifiedOrCorrected() {
        consents.record(CustomerId.of(minjun), new ConsentChange(ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentStatus.GRANTED, ConsentSource.WEB_FORM, "", "sales", Instant.parse("2026-01-01T00:00:00Z")));
        consents.record(CustomerId.of(minjun), new ConsentChange(ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentStatus.WITHDRAWN, ConsentSource.PHONE_CALL, "전화로 철회", "sales", Instant.parse("2026-02-01T00:00:00Z")));
        CustomerFile file = files.open(CustomerId.of(minjun)).orElseThrow();
        assertThat(file.consents()).hasSize(2);
        assertThat(file.currentConsents()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ConsentStatus.WITHDRAWN));
        long phone = file.contactPoints().stream().filter(p -> p.value().startsWith("010")).findFirst().orElseThrow().id();
        assertThat(points.verify(CustomerId.of(minseo), phone, Instant.now())).as("not minseo's").isFalse();
        assertThat(points.correct(CustomerId.of(minjun), phone, "010-2222-3333", Instant.now(), "seller")).isTrue();
        assertThat(ids("01022223333")).containsExactly(minjun);
        assertThat(files.open(CustomerId.of(999_999))).isEmpty();
        assertThat(files.exists(CustomerId.of(minjun))).isTrue();
        assertThat(files.exists(CustomerId.of(999_999))).isFalse();
    }

    @Test
    void followUpsAreTheStaffUsersOwnUntilDone() {
        long staff = jdbc.sql("insert into app_user (username, display_name, password_hash) values (?, 'S', 'x') returning id")
                .param("follow-" + System.nanoTime()).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'SALES')").param(staff).update();
        LocalDate today = LocalDate.now();
        ContactDraft.NewContact call = new ContactDraft("PHONE", "OUTBOUND", "FOLLOW_UP", "", "", today.toString())
                .check(today).contact().orElseThrow();
        long id = contacts.record(CustomerId.of(minjun), call, Department.SALES, Optional.of(staff), Instant.now());
        assertThat(followUps.dueFor(staff, today)).extracting(f -> f.contactId()).containsExactly(id);
        assertThat(contacts.reschedule(id, staff, today.plusDays(3))).isTrue();
        assertThat(followUps.dueFor(staff, today)).isEmpty();
        assertThat(followUps.dueFor(staff, today.plusDays(3))).hasSize(1);
        assertThat(contacts.markDone(id, staff + 1, Instant.now())).isFalse();
        assertThat(contacts.markDone(id, staff, Instant.now())).isTrue();
        assertThat(followUps.dueFor(staff, today.plusDays(30))).isEmpty();
    }

    private List<Long> ids(String typed) {
        return search.find(query(typed), 1, 20).customers().stream().map(FoundCustomer::id).toList();
    }

    private static CustomerQuery query(String typed) {
        return CustomerQuery.parse(typed, problem -> { }).orElseThrow();
    }

    private void score(long customer, String predictedValue) {
        jdbc.sql("insert into customer_score (customer_id, run_id, frequency, monetary, profit_contribution, stage, stage_rule, predicted_clv) "
                + "values (?, 1, 1, 0, 0, 'BUYER', 'test', ?::numeric)").params(customer, predictedValue).update();
    }

    private long customer(String name) {
        return jdbc.sql("insert into customer (name) values (?) returning id").param(name).query(Long.class).single();
    }

    private void point(long id, String kind, String value) {
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, ?, ?)").params(id, kind, value).update();
    }

    private void order(long customer, String external, String at) {
        long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, ?, 'STORE', ?) returning id")
                .params(customer, external, ts(at)).query(Long.class).single();
        long shirt = jdbc.sql("insert into product (sku, name, unit_cost) values ('S1', '셔츠', 5000) returning id").query(Long.class).single();
        long socks = jdbc.sql("insert into product (sku, name, unit_cost) values ('S2', '양말', 500) returning id").query(Long.class).single();
        long line = jdbc.sql("insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, ordered_at) "
                + "values (?, ?, 1, ?, 2, 10000, ?) returning id").params(customer, order, shirt, ts(at)).query(Long.class).single();
        jdbc.sql("insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, discount, ordered_at) "
                + "values (?, ?, 2, ?, 1, 10000, 1000, ?)").params(customer, order, socks, ts(at)).update();
        jdbc.sql("insert into order_return (customer_id, order_line_id, quantity, refund, returned_at) values (?, ?, 1, 9000, ?)")
                .params(customer, line, ts("2026-01-20T00:00:00Z")).update();
    }

    private static Timestamp ts(String at) {
        return Timestamp.from(Instant.parse(at));
    }
}
