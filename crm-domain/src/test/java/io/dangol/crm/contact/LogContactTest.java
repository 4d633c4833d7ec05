package io.dangol.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.retention.RetentionStatus;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Logging a contact: what the use case decides — the department, the refused purposes, the retention case. */
class LogContactTest {

    private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");
    private static final CustomerId CUSTOMER = new CustomerId(7);

    private final List<String> written = new ArrayList<>();
    private final List<String> transactionsRun = new ArrayList<>();

    private final ContactLog contacts = new ContactLog() {
        @Override
        public boolean customerExists(CustomerId customer) {
            return customer.equals(CUSTOMER);
        }

        @Override
        public long record(CustomerId customer, ContactDraft.NewContact contact, Department department,
                           Optional<Long> staffUserId, Instant at) {
            written.add("contact " + contact.purpose() + " " + department + " by " + staffUserId.orElse(-1L));
            return 99;
        }

        @Override
        public boolean markDone(long contactId, long staffUserId, Instant at) {
            return false;
        }

        @Override
        public boolean reschedule(long contactId, long staffUserId, LocalDate to) {
            return false;
        }
    };

    private final RetentionCases retention = new RetentionCases() {
        @Override
        public int openNewCases(Instant at, io.dangol.crm.retention.RetentionHoldOut holdOut) {
            return 0;
        }

        @Override
        public boolean assign(long caseId, Optional<String> assignee, String by, Instant at) {
            return false;
        }

        @Override
        public boolean setStatus(long caseId, RetentionStatus status, String by, Instant at) {
            return false;
        }

        @Override
        public void contacted(CustomerId customer, String by, Instant at) {
            written.add("case contacted by " + by);
        }

        @Override
        public int contactedByRetentionContacts(Instant at) {
            return 0;
        }
    };

    private final StaffDirectory staff = new StaffDirectory() {
        private final AppUser seller = new AppUser(new UserId(3), "seller", "Seller", "hash", Set.of(Role.SALES), true, NOW);

        @Override
        public Optional<AppUser> find(UserId id) {
            return Optional.of(seller).filter(u -> u.id().orElseThrow().equals(id));
        }

        @Override
        public Optional<AppUser> findByUsername(String username) {
            return Optional.of(seller).filter(u -> u.username().equals(username));
        }

        @Override
        public List<AppUser> all() {
            return List.of(seller);
        }

        @Override
        public long count() {
            return 1;
        }

        @Override
        public long countEnabledAdmins() {
            return 0;
        }
    };

    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            transactionsRun.add("begin");
            T result = work.get();
            transactionsRun.add("commit after " + written.size() + " writes");
            return result;
        }
    };

    private final LogContact logContact = new LogContact(contacts, retention, staff, transactions,
            new BusinessZone(ZoneId.of("Asia/Seoul")), Clock.fixed(NOW, ZoneOffset.UTC));

    private LogContact.Result log(String purpose, String department, Set<Role> roles) {
        return logContact.handle(new LogContact.Command(CUSTOMER,
                new ContactDraft("PHONE", "OUTBOUND", purpose, "", "사과 전화", ""), department, "seller", roles));
    }

    @Test
    void aRetentionContactAndItsCaseAreWrittenInOneTransaction() {
        LogContact.Result result = log("RETENTION", "", Set.of(Role.SALES));

        assertThat(result.logged()).isTrue();
        assertThat(result.contactId()).contains(99L);
        assertThat(written).containsExactly("contact RETENTION SALES by 3", "case contacted by seller");
        assertThat(transactionsRun).containsExactly("begin", "commit after 2 writes");
    }

    @Test
    void anotherPurposeLeavesTheRetentionCaseAlone() {
        assertThat(log("SALES", "", Set.of(Role.SALES)).logged()).isTrue();
        assertThat(written).containsExactly("contact SALES SALES by 3");
    }

    @Test
    void theDepartmentIsOneOfTheStaffMembersOwnAndNeverMarketing() {
        assertThat(log("SERVICE", "SERVICE", Set.of(Role.SALES, Role.SERVICE)).logged()).isTrue();
        assertThat(log("SERVICE", "MARKETING", Set.of(Role.SERVICE, Role.MARKETING)).logged()).isTrue();
        assertThat(written).containsExactly("contact SERVICE SERVICE by 3", "contact SERVICE SERVICE by 3");

        LogContact.Result marketingOnly = log("SALES", "", Set.of(Role.MARKETING));
        assertThat(marketingOnly.logged()).isFalse();
        assertThat(marketingOnly.errors()).containsEntry("department", "contact.error.department");
        assertThat(LogContact.departmentsFor(Set.of(Role.ADMIN, Role.MARKETING))).isEmpty();
    }

    @Test
    void aCampaignTouchOrABadFieldIsRefusedWithNothingWritten() {
        LogContact.Result campaign = log("CAMPAIGN", "", Set.of(Role.SALES));
        LogContact.Result nonsense = log("WHATEVER", "", Set.of(Role.SALES));

        assertThat(campaign.errors()).containsEntry("purpose", "contact.error.purpose");
        assertThat(nonsense.errors()).containsEntry("purpose", "contact.error.purpose");
        assertThat(LogContact.loggablePurposes()).doesNotContain(ContactPurpose.CAMPAIGN);
        assertThat(written).isEmpty();
        assertThat(transactionsRun).isEmpty();
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> logContact.handle(new LogContact.Command(new CustomerId(8),
                new ContactDraft("PHONE", "OUTBOUND", "SALES", "", "", ""), "", "seller", Set.of(Role.SALES))))
                .isInstanceOf(CustomerNotFound.class);
    }
}
