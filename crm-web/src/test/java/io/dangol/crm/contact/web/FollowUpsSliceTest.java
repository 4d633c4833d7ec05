package io.dangol.crm.contact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.CompleteFollowUp;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.FollowUp;
import io.dangol.crm.contact.FollowUps;
import io.dangol.crm.contact.RescheduleFollowUp;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.web.WebSliceApplication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

/** "My follow-ups" on its own (a web slice: no database): whose they are, per role, and dates people get wrong. */
@WebMvcTest(FollowUpsController.class)
@Import(FollowUpsSliceTest.Ports.class)
class FollowUpsSliceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryFollowUps followUps;

    @Autowired
    WebSliceApplication.StaffList staff;

    @BeforeEach
    void twoFollowUpsOfOneSeller() {
        followUps.due.clear();
        followUps.owner.clear();
        followUps.done.clear();
        followUps.rescheduled.clear();
        followUps.due.add(new FollowUp(11, 42, "김민준", TODAY.minusDays(2), "SALES", "견적 다시 보내기"));
        followUps.due.add(new FollowUp(12, 43, "이서연", TODAY, "RETENTION", "쿠폰 안내"));
        followUps.due.add(new FollowUp(13, 44, "박지훈", TODAY.plusDays(1), "FOLLOW_UP", "내일 전화"));
        followUps.due.add(new FollowUp(14, 45, "최유나", TODAY.plusDays(45), "SALES", "한참 뒤"));
        followUps.owner.put(11L, 3L);
        followUps.owner.put(12L, 3L);
        followUps.owner.put(13L, 3L);
        followUps.owner.put(14L, 3L);
        staff.users.clear();
        staff.users.add(new AppUser(new UserId(3), "seller", "김영업", "{noop}x", Set.of(Role.SALES), true, Instant.EPOCH));
        staff.users.add(new AppUser(new UserId(5), "agent", "박서비스", "{noop}x", Set.of(Role.SERVICE), true, Instant.EPOCH));
    }

    @Test
    void aSellerSeesTheirOwnOverdueFirstInKorean() throws Exception {
        mvc.perform(get("/follow-ups").locale(Locale.KOREAN).with(user("seller").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("내 후속 조치")))
                .andExpect(content().string(containsString("김민준")))
                .andExpect(content().string(containsString("견적 다시 보내기")))
                .andExpect(content().string(containsString("table-warning")));
    }

    @Test
    void aFollowUpSetForTomorrowIsComingUpNotLost() throws Exception {
        String page = mvc.perform(get("/follow-ups").locale(Locale.ENGLISH).with(user("seller").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coming up in the next 30 days")))
                .andReturn().getResponse().getContentAsString();
        String due = page.substring(page.indexOf("id=\"follow-ups\""), page.indexOf("id=\"follow-ups-upcoming\""));
        String upcoming = page.substring(page.indexOf("id=\"follow-ups-upcoming\""));
        assertThat(due).contains("김민준", "이서연").doesNotContain("박지훈");
        assertThat(upcoming).contains("박지훈", "내일 전화").doesNotContain("김민준").doesNotContain("최유나");
    }

    @Test
    void someoneWithNoneSeesThatInEnglish() throws Exception {
        mvc.perform(get("/follow-ups").locale(Locale.ENGLISH).with(user("agent").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing due. Well done.")))
                .andExpect(content().string(containsString("Nothing set for the coming days.")))
                .andExpect(content().string(not(containsString("김민준"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "MARKETING"})
    void followUpsAreSalesAndServicesOwn(String role) throws Exception {
        mvc.perform(get("/follow-ups").with(user("seller").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/11/done").with(csrf()).with(user("seller").roles(role))).andExpect(status().isForbidden());
        assertThat(followUps.done).isEmpty();
    }

    @Test
    void aDateThatIsNoDateInThePastOrTooFarIsRefusedWithItsReason() throws Exception {
        reschedule(11, "next tuesday").andExpect(flash().attribute("problem", "contact.error.followUpDate"));
        reschedule(11, TODAY.minusDays(1).toString()).andExpect(flash().attribute("problem", "contact.error.followUpPast"));
        reschedule(11, TODAY.plusYears(2).toString()).andExpect(flash().attribute("problem", "contact.error.followUpFar"));
        assertThat(followUps.rescheduled).isEmpty();

        reschedule(11, TODAY.plusDays(7).toString()).andExpect(flash().attribute("notice", "followUps.rescheduled"));
        assertThat(followUps.rescheduled).containsExactly("11 → " + TODAY.plusDays(7));
    }

    @Test
    void nobodyClosesSomeoneElsesFollowUp() throws Exception {
        mvc.perform(post("/follow-ups/11/done").with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("problem", "followUps.notYours"));
        assertThat(followUps.done).isEmpty();
        mvc.perform(post("/follow-ups/11/done").with(csrf()).with(user("seller").roles("SALES")))
                .andExpect(flash().attribute("notice", "followUps.doneNotice"));
        assertThat(followUps.done).containsExactly(11L);
    }

    private org.springframework.test.web.servlet.ResultActions reschedule(long id, String to) throws Exception {
        return mvc.perform(post("/follow-ups/{id}/reschedule", id).param("to", to).with(csrf())
                .with(user("seller").roles("SALES")));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Ports {

        @Bean
        InMemoryFollowUps inMemoryFollowUps() {
            return new InMemoryFollowUps();
        }

        @Bean
        CompleteFollowUp completeFollowUp(InMemoryFollowUps contacts, StaffDirectory staff, Clock clock) {
            return new CompleteFollowUp(contacts, staff, clock);
        }

        @Bean
        RescheduleFollowUp rescheduleFollowUp(InMemoryFollowUps contacts, StaffDirectory staff, BusinessZone zone,
                                              Clock clock) {
            return new RescheduleFollowUp(contacts, staff, zone, clock);
        }
    }

    static final class InMemoryFollowUps implements FollowUps, ContactLog {

        final List<FollowUp> due = new ArrayList<>();
        final Map<Long, Long> owner = new ConcurrentHashMap<>();
        final List<Long> done = new ArrayList<>();
        final List<String> rescheduled = new ArrayList<>();

        @Override
        public List<FollowUp> dueFor(long staffUserId, LocalDate until) {
            return due.stream().filter(f -> owner.get(f.contactId()) == staffUserId).filter(f -> !f.due().isAfter(until))
                    .toList();
        }

        @Override
        public boolean customerExists(CustomerId customer) {
            return true;
        }

        @Override
        public long record(CustomerId customer, ContactDraft.NewContact contact, Department department,
                           Optional<Long> staffUserId, Instant at) {
            throw new UnsupportedOperationException("the follow-ups page logs no contact");
        }

        @Override
        public boolean markDone(long contactId, long staffUserId, Instant at) {
            if (!Long.valueOf(staffUserId).equals(owner.get(contactId)) || done.contains(contactId)) {
                return false;
            }
            done.add(contactId);
            return true;
        }

        @Override
        public boolean reschedule(long contactId, long staffUserId, LocalDate to) {
            if (!Long.valueOf(staffUserId).equals(owner.get(contactId))) {
                return false;
            }
            rescheduled.add(contactId + " → " + to);
            return true;
        }
    }
}
