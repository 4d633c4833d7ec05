package io.dangol.crm.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.retention.AssignRetentionCase;
import io.dangol.crm.retention.ChangeRetentionStatus;
import io.dangol.crm.retention.RetentionCase;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.retention.RetentionStatus;
import io.dangol.crm.retention.RetentionWorklist;
import io.dangol.crm.scoring.RiskReason;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.web.WebSliceApplication;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The worklist page on its own (a web slice: no database), per role, in both languages, with bad input. */
@WebMvcTest(WorklistController.class)
@Import(WorklistSliceTest.Cases.class)
class WorklistSliceTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T01:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryCases cases;

    @Autowired
    WebSliceApplication.StaffList staff;

    @BeforeEach
    void aCaseAndASeller() {
        cases.rows.clear();
        cases.rows.add(new RetentionCase(7, 42, "장하윤", LadderStage.CORE, Optional.of(0.18),
                Optional.of(new BigDecimal("800000")), List.of(RiskReason.COMPLAINTS), OPENED, Optional.empty(),
                RetentionStatus.OPEN, OPENED, "churn radar", 0, Optional.empty()));
        cases.holdOut = new io.dangol.crm.retention.RetentionHoldOut(0);
        cases.evidence = new io.dangol.crm.retention.RetentionEvidence(Instant.EPOCH,
                new io.dangol.crm.retention.RetentionGroup(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO),
                new io.dangol.crm.retention.RetentionGroup(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        staff.users.clear();
        staff.users.add(new AppUser(new UserId(3), "seller", "김영업", "{noop}x", Set.of(Role.SALES), true, OPENED));
        staff.users.add(new AppUser(new UserId(4), "gone", "퇴사자", "{noop}x", Set.of(Role.SALES), false, OPENED));
    }

    @Test
    void theWorklistComparesWorkedAndHeldOutCustomersOnceThereAreHeldOutOnes() throws Exception {
        mvc.perform(get("/worklist").locale(Locale.ENGLISH).with(user("lead").roles("SALES")))
                .andExpect(content().string(containsString("an admin can hold a share of newly flagged core customers out")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"hold-out-form\""))));
        // 120 of 400 worked bought again against 20 of 100 held out: +10 points (Newcombe: +0.1 to +18.1)
        cases.evidence = new io.dangol.crm.retention.RetentionEvidence(Instant.EPOCH,
                new io.dangol.crm.retention.RetentionGroup(400, 120, 300, new BigDecimal("240"), new BigDecimal("160")),
                new io.dangol.crm.retention.RetentionGroup(100, 20, 60, new BigDecimal("50"), new BigDecimal("30")));
        mvc.perform(get("/worklist").locale(Locale.KOREAN).with(user("lead").roles("ADMIN")))
                .andExpect(content().string(containsString("id=\"held-out-customers\">100<")))
                .andExpect(content().string(containsString("+10.0 (+0.1 ~ +18.1)")))
                .andExpect(content().string(containsString("id=\"hold-out-form\"")));
    }

    @Test
    void onlyAdminsSetTheHoldOutAndNonsenseIsRefused() throws Exception {
        mvc.perform(post("/admin/retention-hold-out").param("percent", "10").with(csrf()).with(user("s").roles("SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/retention-hold-out").param("percent", "오십일").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("problem", "worklist.holdOutError"));
        mvc.perform(post("/admin/retention-hold-out").param("percent", "51").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("problem", "worklist.holdOutError"));
        assertThat(cases.holdOut.percent()).isZero();
        mvc.perform(post("/admin/retention-hold-out").param("percent", "15").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("notice", "worklist.holdOutSaved"));
        assertThat(cases.holdOut.percent()).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "SALES"})
    void salesAndAdminsSeeTheCasesInKorean(String role) throws Exception {
        mvc.perform(get("/worklist").locale(Locale.KOREAN).with(user("lead").roles(role)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("장하윤")))
                .andExpect(content().string(containsString("case-7")))
                .andExpect(content().string(containsString("최근 이탈 레이더에서 새 건 1개를 열었습니다.")));
    }

    @Test
    void inEnglishTheReasonAndTheOpeningAreWordedForPeople() throws Exception {
        mvc.perform(get("/worklist").locale(Locale.ENGLISH).with(user("lead").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Has an open or recent complaint")))
                .andExpect(content().string(containsString("1 new case(s) opened")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKETING", "SERVICE"})
    void otherDepartmentsAreRefused(String role) throws Exception {
        mvc.perform(get("/worklist").with(user("m").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/worklist/7/assign").param("assignee", "seller").with(csrf()).with(user("m").roles(role)))
                .andExpect(status().isForbidden());
        assertThat(cases.rows.get(0).assignedTo()).isEmpty();
    }

    @Test
    void nobodySignedInIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/worklist")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCaseGoesOnlyToAnEnabledSeller() throws Exception {
        mvc.perform(post("/worklist/7/assign").param("assignee", "gone").with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(redirectedUrl("/worklist")).andExpect(flash().attribute("problem", "worklist.unknownSeller"));
        mvc.perform(post("/worklist/7/assign").param("assignee", "<script>").with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(flash().attribute("problem", "worklist.unknownSeller"));
        mvc.perform(post("/worklist/99/assign").param("assignee", "seller").with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(flash().attribute("problem", "worklist.noCase"));
        assertThat(cases.rows.get(0).assignedTo()).isEmpty();

        mvc.perform(post("/worklist/7/assign").param("assignee", "seller").with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(flash().attribute("notice", "worklist.assigned"));
        assertThat(cases.rows.get(0).assignedTo()).contains("seller");
    }

    @Test
    void aStatusThatIsNotOursIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/worklist/7/status").param("status", "DELETED").with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(flash().attribute("problem", "worklist.statusRefused"));
        mvc.perform(post("/worklist/7/status").param("status", "RETAINED").with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(flash().attribute("notice", "worklist.statusChanged"));
        assertThat(cases.rows.get(0).status()).isEqualTo(RetentionStatus.RETAINED);
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        mvc.perform(post("/worklist/7/status").param("status", "LOST").with(user("lead").roles("SALES")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("refused").isNotEqualTo(200));
        assertThat(cases.rows.get(0).status()).isEqualTo(RetentionStatus.OPEN);
    }

    /** The worklist's ports in memory, and the real use cases over them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Cases {

        @Bean
        InMemoryCases inMemoryCases() {
            return new InMemoryCases();
        }

        @Bean
        AssignRetentionCase assignRetentionCase(InMemoryCases cases, StaffDirectory staff, Clock clock) {
            return new AssignRetentionCase(cases, staff, clock);
        }

        @Bean
        ChangeRetentionStatus changeRetentionStatus(InMemoryCases cases, Clock clock) {
            return new ChangeRetentionStatus(cases, clock);
        }

        @Bean
        io.dangol.crm.retention.ChangeRetentionHoldOut changeRetentionHoldOut(InMemoryCases cases) {
            return new io.dangol.crm.retention.ChangeRetentionHoldOut(cases);
        }
    }

    static final class InMemoryCases implements RetentionWorklist, RetentionCases, io.dangol.crm.retention.RetentionSettings {

        final List<RetentionCase> rows = new ArrayList<>();
        io.dangol.crm.retention.RetentionHoldOut holdOut = new io.dangol.crm.retention.RetentionHoldOut(0);
        io.dangol.crm.retention.RetentionEvidence evidence = new io.dangol.crm.retention.RetentionEvidence(Instant.EPOCH,
                new io.dangol.crm.retention.RetentionGroup(0, 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO),
                new io.dangol.crm.retention.RetentionGroup(0, 0, 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));

        @Override
        public List<RetentionCase> cases(Optional<String> assignee, boolean includeClosed, int limit) {
            return rows.stream().filter(c -> includeClosed || !c.status().isClosed())
                    .filter(c -> assignee.isEmpty() || c.assignedTo().equals(assignee)).limit(limit).toList();
        }

        @Override
        public int openedByLatestRun() {
            return (int) rows.stream().filter(c -> c.status() == RetentionStatus.OPEN).count();
        }

        @Override
        public io.dangol.crm.retention.RetentionEvidence evidenceSince(Instant since) {
            return evidence;
        }

        @Override
        public io.dangol.crm.retention.RetentionHoldOut current() {
            return holdOut;
        }

        @Override
        public void save(io.dangol.crm.retention.RetentionHoldOut changed, String by) {
            holdOut = changed;
        }

        @Override
        public int openNewCases(Instant at, io.dangol.crm.retention.RetentionHoldOut holdOut) {
            return 0;
        }

        @Override
        public boolean assign(long caseId, Optional<String> assignee, String by, Instant at) {
            return replace(caseId, c -> new RetentionCase(c.id(), c.customerId(), c.name(), c.stage(), c.probabilityAlive(),
                    c.predictedClv(), c.reasons(), c.openedAt(), assignee, c.status(), at, by, c.contactsSince(), c.lastContact()));
        }

        @Override
        public boolean setStatus(long caseId, RetentionStatus status, String by, Instant at) {
            return replace(caseId, c -> new RetentionCase(c.id(), c.customerId(), c.name(), c.stage(), c.probabilityAlive(),
                    c.predictedClv(), c.reasons(), c.openedAt(), c.assignedTo(), status, at, by, c.contactsSince(), c.lastContact()));
        }

        @Override
        public void contacted(CustomerId customer, String by, Instant at) {
        }

        @Override
        public int contactedByRetentionContacts(Instant at) {
            return 0;
        }

        private boolean replace(long caseId, java.util.function.UnaryOperator<RetentionCase> change) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == caseId) {
                    rows.set(i, change.apply(rows.get(i)));
                    return true;
                }
            }
            return false;
        }
    }
}
