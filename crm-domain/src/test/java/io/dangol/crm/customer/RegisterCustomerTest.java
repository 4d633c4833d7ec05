package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Registering a customer: what the form must hold, minors, possible duplicates, and what is written. */
class RegisterCustomerTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z"); // 10:00 in Seoul
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final List<NewCustomer> written = new ArrayList<>();
    private final List<List<CustomerId>> writtenDespite = new ArrayList<>();
    private List<PossibleDuplicate> onRecord = List.of();
    private int transactions;

    private final RegisterCustomer register = new RegisterCustomer(
            (customer, despite, by, at) -> {
                written.add(customer);
                writtenDespite.add(despite);
                return CustomerId.of(100 + written.size());
            },
            (customer, limit) -> onRecord,
            new io.dangol.crm.shared.Transactions() {
                @Override
                public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    transactions++;
                    return work.get();
                }
            },
            new BusinessZone(SEOUL), Clock.fixed(NOW, SEOUL));

    private static CustomerDraft walkIn() {
        return new CustomerDraft(" 김민준 ", "PERSON", "010-6123-4567", "", "MinJun@Example.com ", "06236",
                "서울특별시 강남구 테헤란로 152", "3층", "1990-05-17", "VIP, 원두", "STORE", "강남점",
                List.of("SMS-MARKETING", "EMAIL-PROFILING"), ConsentWording.VERSION, "ko", true, false, "", "", "", false, "");
    }

    @Example
    void aWalkInWithConsentsIsRegisteredInOneTransaction() {
        RegisterCustomer.Result result = register.handle(new RegisterCustomer.Command(walkIn(), "seller"));

        assertThat(result.saved()).isTrue();
        assertThat(transactions).isEqualTo(1);
        NewCustomer customer = written.get(0);
        assertThat(customer.name()).isEqualTo("김민준");
        assertThat(customer.phones()).extracting(p -> p.national()).containsExactly("010-6123-4567");
        assertThat(customer.email()).get().extracting(e -> e.value()).isEqualTo("minjun@example.com");
        assertThat(customer.address()).get().extracting(PostalAddress::line).isEqualTo("(06236) 서울특별시 강남구 테헤란로 152, 3층");
        assertThat(customer.birthday()).contains(LocalDate.of(1990, 5, 17));
        assertThat(customer.tags()).containsExactlyInAnyOrder("VIP", "원두");
        assertThat(customer.consents()).containsExactly(new ConsentWording.Item(ConsentChannel.SMS, ConsentPurpose.MARKETING),
                new ConsentWording.Item(ConsentChannel.EMAIL, ConsentPurpose.PROFILING));
        assertThat(customer.wordingVersion()).isEqualTo(ConsentWording.VERSION);
        assertThat(customer.guardian()).isEmpty();
    }

    @Example
    void everyFieldThatCannotBeTakenIsNamedAndNothingIsWritten() {
        CustomerDraft bad = new CustomerDraft(" ", "ROBOT", "010-12", "02-123", "not-an-email", "1234", "", "", "2027-01-01",
                "a".repeat(51), "IMPORT", "x".repeat(101), List.of("FAX-MARKETING"), ConsentWording.VERSION, "en", false,
                false, "", "", "", false, "r".repeat(501));

        RegisterCustomer.Result result = register.handle(new RegisterCustomer.Command(bad, "seller"));

        assertThat(result.errors()).containsOnlyKeys("name", "kind", "phone", "otherPhone", "email", "address", "birthday",
                "tags", "channel", "store", "consents", "duplicateReason");
        assertThat(written).isEmpty();
        assertThat(transactions).isZero();
    }

    @Example
    void aConsentNeedsAWayToReachTheCustomerThroughItsChannel() {
        CustomerDraft noPhone = withConsents(new CustomerDraft("이서연", "PERSON", "", "", "", "", "", "", "", "", "STORE", "",
                List.of(), ConsentWording.VERSION, "ko", false, false, "", "", "", false, ""), List.of("SMS-MARKETING"));
        assertThat(register.handle(new RegisterCustomer.Command(noPhone, "s")).errors())
                .containsEntry("consents", "register.error.consentNeeds.SMS");
        CustomerDraft oldForm = new CustomerDraft("이서연", "PERSON", "010-6222-3333", "", "", "", "", "", "", "", "STORE", "",
                List.of("SMS-MARKETING"), "2020-01-01", "ko", false, false, "", "", "", false, "");
        assertThat(register.handle(new RegisterCustomer.Command(oldForm, "s")).errors())
                .as("a form showing another wording cannot record these consents")
                .containsEntry("consents", "register.error.wordingChanged");
        assertThat(written).isEmpty();
    }

    @Property(tries = 60)
    void aChildUnder14NeedsAGuardiansConsentRecorded(@ForAll @IntRange(min = 0, max = 40) int years,
                                                      @ForAll @IntRange(min = -2, max = 2) int days) {
        LocalDate born = TODAY.minusYears(years).plusDays(days);
        boolean child = born.isAfter(TODAY.minusYears(CustomerDraft.CONSENT_AGE));
        CustomerDraft alone = new CustomerDraft("박하윤", "PERSON", "", "", "", "", "", "", born.toString(), "", "STORE", "",
                List.of(), ConsentWording.VERSION, "ko", false, false, "", "", "", false, "");

        RegisterCustomer.Result result = register.handle(new RegisterCustomer.Command(alone, "s"));

        if (born.isAfter(TODAY)) {
            assertThat(result.errors()).containsEntry("birthday", "register.error.birthday");
        } else {
            assertThat(result.errors().containsKey("guardian")).as("born " + born).isEqualTo(child);
        }
        CustomerDraft withGuardian = new CustomerDraft("박하윤", "PERSON", "", "", "", "", "", "", TODAY.minusYears(10).toString(),
                "", "STORE", "", List.of(), ConsentWording.VERSION, "ko", false, false, "박지훈", "아버지", "010-6999-0000", true, "");
        RegisterCustomer.Result registered = register.handle(new RegisterCustomer.Command(withGuardian, "s"));
        assertThat(registered.saved()).isTrue();
        assertThat(written.get(written.size() - 1).guardian()).get()
                .satisfies(g -> assertThat(g.name() + " " + g.relation() + " " + g.phone().national()).isEqualTo("박지훈 아버지 010-6999-0000"));
    }

    @Example
    void staffSayUnder14WhenNoBirthdayTells() {
        CustomerDraft ticked = new CustomerDraft("최유나", "PERSON", "", "", "", "", "", "", "", "", "STORE", "", List.of(),
                ConsentWording.VERSION, "ko", false, true, "최민호", "", "010-6999-0000", true, "");
        assertThat(register.handle(new RegisterCustomer.Command(ticked, "s")).errors())
                .as("the guardian's relation is missing").containsEntry("guardian", "register.error.guardian");
    }

    @Example
    void possibleDuplicatesAreShownFirstAndSavingDespiteThemNeedsAReason() {
        onRecord = List.of(new PossibleDuplicate(CustomerId.of(7), "김민준", LadderStage.CORE, Set.of(PossibleDuplicate.Evidence.PHONE)));

        RegisterCustomer.Result first = register.handle(new RegisterCustomer.Command(walkIn(), "seller"));
        assertThat(first.saved()).isFalse();
        assertThat(first.duplicates()).extracting(PossibleDuplicate::id).containsExactly(CustomerId.of(7));
        assertThat(written).isEmpty();

        CustomerDraft despite = withReason(walkIn(), " 같은 번호를 쓰는 가족(아들) ");
        RegisterCustomer.Result second = register.handle(new RegisterCustomer.Command(despite, "seller"));
        assertThat(second.saved()).isTrue();
        assertThat(written.get(0).duplicateReason()).isEqualTo("같은 번호를 쓰는 가족(아들)");
        assertThat(writtenDespite.get(0)).containsExactly(CustomerId.of(7));
    }

    private static CustomerDraft withConsents(CustomerDraft d, List<String> consents) {
        return new CustomerDraft(d.name(), d.kind(), d.phone(), d.otherPhone(), d.email(), d.postcode(), d.road(),
                d.addressDetail(), d.birthday(), d.tags(), d.channel(), d.store(), consents, d.wordingVersion(), d.language(),
                d.pointsConfirmed(), d.under14(), d.guardianName(), d.guardianRelation(), d.guardianPhone(),
                d.guardianConsented(), d.duplicateReason());
    }

    private static CustomerDraft withReason(CustomerDraft d, String reason) {
        return new CustomerDraft(d.name(), d.kind(), d.phone(), d.otherPhone(), d.email(), d.postcode(), d.road(),
                d.addressDetail(), d.birthday(), d.tags(), d.channel(), d.store(), d.consents(), d.wordingVersion(),
                d.language(), d.pointsConfirmed(), d.under14(), d.guardianName(), d.guardianRelation(), d.guardianPhone(),
                d.guardianConsented(), reason);
    }
}
