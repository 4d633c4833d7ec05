package io.dangol.crm.servicecase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.Role;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.contact.LogContact;
import io.dangol.crm.customer.Timeline;
import io.dangol.crm.customer.TimelineEntry;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.servicecase.AnswerCase;
import io.dangol.crm.servicecase.AssignCase;
import io.dangol.crm.servicecase.CaseDraft;
import io.dangol.crm.servicecase.CaseQueue;
import io.dangol.crm.servicecase.CaseStep;
import io.dangol.crm.servicecase.CloseCase;
import io.dangol.crm.servicecase.DueTimes;
import io.dangol.crm.servicecase.MoveCase;
import io.dangol.crm.servicecase.OpenCase;
import io.dangol.crm.servicecase.ServiceCaseKind;
import io.dangol.crm.servicecase.ServiceCaseStatus;
import io.dangol.crm.servicecase.ServiceCases;
import io.dangol.crm.servicecase.ServiceHours;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case's life in PostgreSQL: opened with due times, queued, answered as a contact, moved, closed with its cost, reopened. */
@SpringBootTest
class ServiceDeskTest extends PostgresIntegrationTest {

    /** Friday 2026-12-04 17:00 in Seoul. */
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-12-04T08:00:00Z");
    private static final Set<Role> SERVICE = Set.of(Role.SERVICE);

    @Autowired ServiceCases cases;
    @Autowired CaseQueue queue;
    @Autowired ContactLog contacts;
    @Autowired RetentionCases retention;
    @Autowired AppUsers users;
    @Autowired Transactions transactions;
    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    private final Clock clock = Clock.fixed(FRIDAY_EVENING, ZoneOffset.UTC);
    private final DueTimes dueTimes = DueTimes.standard(ServiceHours.koreanOffice(ZoneId.of("Asia/Seoul")));
    private long core;
    private long buyer;
    private String agent;

    @BeforeEach
    void customersAndAnAgent() {
        Tables.emptyCustomerData(jdbc);
        core = jdbc.sql("insert into customer (name, ladder_stage) values ('김민준', 'CORE') returning id").query(Long.class).single();
        buyer = jdbc.sql("insert into customer (name, ladder_stage) values ('이서연', 'BUYER') returning id").query(Long.class).single();
        agent = "desk-" + System.nanoTime();
        long id = jdbc.sql("insert into app_user (username, display_name, password_hash) values (?, '박상담', 'x') returning id")
                .param(agent).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'SERVICE')").param(id).update();
    }

    private OpenCase.Result open(long customer, String kind, String severity, String order, String assignee) {
        return new OpenCase(cases, users, dueTimes, transactions, clock).handle(new OpenCase.Command(CustomerId.of(customer),
                new CaseDraft(kind, severity, "배송 지연", "3일째 안 옴", order, "PHONE", assignee, "SERVICE"), agent, SERVICE));
    }

    @Test
    void aCaseGoesFromNewToClosedWithEveryStepRecorded() {
        long id = open(core, "COMPLAINT", "NORMAL", "", agent).caseId().orElseThrow();
        CaseQueue.CaseView opened = queue.view(id, FRIDAY_EVENING).orElseThrow();
        assertThat(opened.row().status()).isEqualTo(ServiceCaseStatus.NEW);
        // nine working hours from Friday 17:00: one on Friday, eight on Monday → Monday 17:00 Seoul
        assertThat(opened.row().firstResponseDue()).contains(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(opened.row().assignee()).contains("박상담");

        LogContact logContact = new LogContact(contacts, retention, users, transactions, new BusinessZone(ZoneId.of("Asia/Seoul")), clock);
        AnswerCase.Result answered = new AnswerCase(cases, logContact, transactions, clock)
                .handle(new AnswerCase.Command(id, "", "내일 재발송해 드리겠습니다", "WAITING", agent, SERVICE));
        assertThat(answered.errors()).isEmpty();
        assertThat(jdbc.sql("select purpose || ' ' || channel || ' ' || note from contact where id = ?")
                .param(answered.contactId().orElseThrow()).query(String.class).single())
                .isEqualTo("SERVICE PHONE 내일 재발송해 드리겠습니다");

        MoveCase move = new MoveCase(cases, dueTimes, transactions, clock);
        assertThat(move.handle(new MoveCase.Command(id, "CLOSED", "", agent, SERVICE)).refused()).contains("case.error.closeNeedsOutcome");
        assertThat(move.handle(new MoveCase.Command(id, "NEW", "", agent, SERVICE)).refused()).contains("case.error.move");
        assertThat(move.handle(new MoveCase.Command(id, "RESOLVED", "재발송 완료", agent, Set.of(Role.SALES))).refused())
                .contains("case.error.notAllowed");
        assertThat(move.handle(new MoveCase.Command(id, "RESOLVED", "재발송 완료", agent, SERVICE)).moved()).isTrue();

        CloseCase close = new CloseCase(cases, transactions, clock);
        assertThat(close.handle(new CloseCase.Command(id, "REFUNDED", "REFUND", "", "", agent, SERVICE)).errors())
                .containsEntry("cost", "case.error.costMissing");
        assertThat(close.handle(new CloseCase.Command(id, "REFUNDED", "REFUND", "12,000원", "배송비 환불", agent, SERVICE)).closed()).isTrue();

        CaseQueue.CaseView closed = queue.view(id, FRIDAY_EVENING).orElseThrow();
        assertThat(closed.row().status()).isEqualTo(ServiceCaseStatus.CLOSED);
        assertThat(closed.closedAt()).isPresent();
        assertThat(closed.cost()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(closed.row().firstRespondedAt()).contains(FRIDAY_EVENING);
        assertThat(closed.steps()).extracting(CaseQueue.Step::step)
                .containsExactly(CaseStep.OPENED, CaseStep.ANSWERED, CaseStep.MOVED, CaseStep.MOVED, CaseStep.CLOSED);
        assertThat(closed.steps().get(1).note()).isEqualTo("내일 재발송해 드리겠습니다");

        assertThat(move.handle(new MoveCase.Command(id, "OPEN", "고객 재문의", agent, SERVICE)).moved()).isTrue();
        CaseQueue.CaseView reopened = queue.view(id, FRIDAY_EVENING).orElseThrow();
        assertThat(reopened.closedAt()).isEmpty();
        assertThat(reopened.steps().get(reopened.steps().size() - 1).step()).isEqualTo(CaseStep.REOPENED);

        assertThat(timeline.page(CustomerId.of(core), 1, 20).entries()).extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.SERVICE_CASE, TimelineEntry.Kind.CASE_STEP, TimelineEntry.Kind.CONTACT);
    }

    @Test
    void theQueuePutsACoreCustomersComplaintFirstAndFiltersOverdue() {
        long buyerUrgent = open(buyer, "INQUIRY", "URGENT", "", "").caseId().orElseThrow();
        long coreLow = open(core, "COMPLAINT", "LOW", "", "").caseId().orElseThrow();
        CaseQueue.Page all = queue.page(CaseQueue.Filter.activeCases(), FRIDAY_EVENING, 1, 10);
        assertThat(all.rows()).extracting(CaseQueue.Row::id).containsExactly(coreLow, buyerUrgent);
        assertThat(all.rows().get(0).coreComplaint()).isTrue();

        Instant mondayNoon = Instant.parse("2026-12-07T03:00:00Z");
        CaseQueue.Filter overdue = new CaseQueue.Filter(Optional.empty(), Optional.empty(), true, Optional.empty(),
                Optional.empty(), Optional.empty(), true, Optional.empty());
        assertThat(queue.page(overdue, mondayNoon, 1, 10).rows()).extracting(CaseQueue.Row::id).containsExactly(buyerUrgent);
        CaseQueue.Filter coreOnly = new CaseQueue.Filter(Optional.empty(), Optional.empty(), true, Optional.empty(),
                Optional.of(ServiceCaseKind.COMPLAINT), Optional.empty(), false, Optional.of(LadderStage.CORE));
        assertThat(queue.page(coreOnly, mondayNoon, 1, 10).rows()).extracting(CaseQueue.Row::id).containsExactly(coreLow);
        assertThat(queue.page(CaseQueue.Filter.activeCases(), FRIDAY_EVENING, 1, 1).hasNext()).isTrue();
        assertThat(queue.activeFor(CustomerId.of(core), FRIDAY_EVENING)).extracting(CaseQueue.Row::id).containsExactly(coreLow);
    }

    @Test
    void anOrderMustBeTheCustomersAndTheAssigneeOfTheTeam() {
        long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, 'O-7', 'WEB', now()) returning id")
                .param(buyer).query(Long.class).single();
        assertThat(open(core, "RETURN", "NORMAL", String.valueOf(order), "").errors()).containsEntry("order", "case.error.orderNotCustomers");
        assertThat(open(buyer, "RETURN", "NORMAL", String.valueOf(order), "nobody").errors()).containsEntry("assignee", "case.error.assignee");
        long id = open(buyer, "RETURN", "NORMAL", String.valueOf(order), "").caseId().orElseThrow();
        assertThat(queue.view(id, FRIDAY_EVENING).orElseThrow().orderNumber()).contains("O-7");
        assertThat(queue.recentOrders(CustomerId.of(buyer), 5)).extracting(CaseQueue.OrderChoice::number).containsExactly("O-7");
        jdbc.sql("insert into product (id, sku, name) values (901, 'GRINDER', '그라인더') on conflict do nothing").update();
        long line = jdbc.sql("""
                insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, ordered_at) values (?, ?, 1, 901, 1, 89000, now())
                returning id""").params(buyer, order).query(Long.class).single();
        assertThat(open(core, "REPAIR", "NORMAL", "L" + line, "").errors()).containsEntry("order", "case.error.orderNotCustomers");
        long repair = open(buyer, "REPAIR", "NORMAL", "L" + line, "").caseId().orElseThrow();
        CaseQueue.CaseView repairCase = queue.view(repair, FRIDAY_EVENING).orElseThrow();
        assertThat(repairCase.orderNumber()).contains("O-7");
        assertThat(repairCase.orderLine()).contains("1. 그라인더 ×1");
        assertThat(queue.recentOrders(CustomerId.of(buyer), 5).get(0).lines()).extracting(CaseQueue.LineChoice::product)
                .containsExactly("그라인더");

        AssignCase assign = new AssignCase(cases, users, transactions, clock);
        assertThat(assign.handle(new AssignCase.Command(id, agent, "SALES", agent, SERVICE)).refused()).contains("case.error.assignee");
        assertThat(assign.handle(new AssignCase.Command(id, agent, "SERVICE", agent, SERVICE)).assigned()).isTrue();
        long mine = users.findByUsername(agent).orElseThrow().id().orElseThrow().value();
        CaseQueue.Filter myCases = new CaseQueue.Filter(Optional.of(mine), Optional.empty(), true, Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty());
        assertThat(queue.page(myCases, FRIDAY_EVENING, 1, 10).rows()).extracting(CaseQueue.Row::id).containsExactly(id);
    }
}
