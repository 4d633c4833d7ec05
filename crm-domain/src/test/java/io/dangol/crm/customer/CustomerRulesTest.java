package io.dangol.crm.customer;

import io.dangol.crm.contact.ContactDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The search box's understanding of what was typed, the contact form's checks, and upcoming moments. */
class CustomerRulesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Property(tries = 300)
    void aMobileNumberWrittenAnyWayIsOneLookup(@ForAll @IntRange(min = 1000, max = 9999) int middle,
                                               @ForAll @IntRange(min = 0, max = 9999) int last,
                                               @ForAll("layouts") String layout) {
        Assume.that(middle < 5970 || middle > 5999); // 010-597x to 010-599x are not assigned: libphonenumber refuses them
        String m = String.valueOf(middle);
        String l = String.format("%04d", last);
        String typed = layout.replace("M", m).replace("L", l);
        CustomerQuery query = CustomerQuery.parse(typed, problem -> { }).orElseThrow();
        assertThat(query.kind()).isEqualTo(CustomerQuery.Kind.PHONE);
        assertThat(query.lookup()).isEqualTo("8210" + m + l);
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of("010-M-L", "010ML", "010 M L", "+82 10-M-L", "+8210ML", "0082 10 M L", "(010) M-L", " 010.M.L ",
                "+82 010-M-L");
    }

    @Property(tries = 200)
    void namesAreNamesAndKeepTheirTextWhole(@ForAll("names") String name) {
        CustomerQuery query = CustomerQuery.parse("  " + name + " ", problem -> { }).orElseThrow();
        assertThat(query.kind()).isEqualTo(CustomerQuery.Kind.NAME);
        assertThat(query.name()).isEqualTo(name);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> hangul = Arbitraries.strings().withCharRange('가', '힣').ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> latin = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(hangul, latin);
    }

    @Test
    void nameAndLastDigitsEmailsAndProblems() {
        assertThat(parse("김민준 5678")).hasValueSatisfying(q -> {
            assertThat(q.kind()).isEqualTo(CustomerQuery.Kind.NAME_AND_LAST_DIGITS);
            assertThat(q.name()).isEqualTo("김민준");
            assertThat(q.lastDigits()).isEqualTo("5678");
        });
        assertThat(parse("5678 Kevin Walker")).hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("Kevin Walker"));
        assertThat(parse(" Kim.MinJun@Example.COM ")).hasValueSatisfying(q -> {
            assertThat(q.kind()).isEqualTo(CustomerQuery.Kind.EMAIL);
            assertThat(q.lookup()).isEqualTo("kim.minjun@example.com");
        });
        assertThat(parse("김민")).hasValueSatisfying(q -> assertThat(q.namePrefixOnly()).isTrue());
        assertThat(parse("김민준")).hasValueSatisfying(q -> assertThat(q.namePrefixOnly()).isFalse());
        assertThat(problem("")).isEqualTo(CustomerQuery.Problem.EMPTY);
        assertThat(problem("   ")).isEqualTo(CustomerQuery.Problem.EMPTY);
        assertThat(problem("5678")).isEqualTo(CustomerQuery.Problem.DIGITS_NEED_NAME);
        assertThat(problem("x".repeat(101))).isEqualTo(CustomerQuery.Problem.TOO_LONG);
    }

    @Test
    void theContactFormNamesEachProblemAndKeepsTheTypedText() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        ContactDraft bad = new ContactDraft("FAX", "", "CAMPAIGN", "MAYBE", "x".repeat(2001), "2026-11-22");
        ContactDraft.Checked checked = bad.check(today);
        assertThat(checked.contact()).isEmpty();
        assertThat(checked.errors()).containsOnlyKeys("channel", "direction", "purpose", "outcome", "note", "followUpOn");
        assertThat(checked.errors().get("followUpOn")).isEqualTo("contact.error.followUpPast");
        assertThat(new ContactDraft("PHONE", "INBOUND", "SERVICE", "", "", "내일").check(today).errors())
                .containsEntry("followUpOn", "contact.error.followUpDate");
        assertThat(new ContactDraft("PHONE", "INBOUND", "SERVICE", "", "", "2028-01-01").check(today).errors())
                .containsEntry("followUpOn", "contact.error.followUpFar");
        ContactDraft.Checked good = new ContactDraft("STORE", "INBOUND", "SERVICE", "RESOLVED", "  교환 완료  ", "2026-11-23")
                .check(today);
        assertThat(good.errors()).isEmpty();
        assertThat(good.contact()).hasValueSatisfying(c -> {
            assertThat(c.note()).isEqualTo("교환 완료");
            assertThat(c.followUpOn()).contains(today);
        });
    }

    @Test
    void momentsComeFromEventsAndTheFirstPurchaseWithinTheWindow() {
        LocalDate today = LocalDate.of(2026, 12, 25);
        List<CustomerFile.Event> events = new ArrayList<>();
        events.add(new CustomerFile.Event(EventKind.BIRTHDAY, Optional.empty(), 1, 3, Optional.of(1990)));
        events.add(new CustomerFile.Event(EventKind.WEDDING_ANNIVERSARY, Optional.empty(), 6, 1, Optional.empty()));
        events.add(new CustomerFile.Event(EventKind.BIRTHDAY, Optional.empty(), 2, 29, Optional.empty()));
        Instant first = LocalDate.of(2023, 12, 30).atTime(15, 0).atZone(SEOUL).toInstant();

        List<Moment> moments = Moment.upcoming(events, Optional.of(first), today, 14, SEOUL);
        assertThat(moments).extracting(Moment::kind).containsExactly(Moment.Kind.FIRST_PURCHASE, Moment.Kind.BIRTHDAY);
        assertThat(moments.get(0).years()).contains(3);
        assertThat(moments.get(1).date()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(moments.get(1).years()).contains(37);
        assertThat(Moment.upcoming(events, Optional.empty(), LocalDate.of(2027, 2, 20), 14, SEOUL))
                .as("29 February falls on the 28th in a common year").extracting(Moment::date)
                .containsExactly(LocalDate.of(2027, 2, 28));
        Instant recent = LocalDate.of(2026, 12, 26).atStartOfDay(SEOUL).toInstant();
        assertThat(Moment.upcoming(List.of(), Optional.of(recent), today, 14, SEOUL)).as("no anniversary in the first year").isEmpty();
    }

    private static Optional<CustomerQuery> parse(String typed) {
        return CustomerQuery.parse(typed, problem -> { });
    }

    private static CustomerQuery.Problem problem(String typed) {
        List<CustomerQuery.Problem> problems = new ArrayList<>();
        assertThat(CustomerQuery.parse(typed, problems::add)).isEmpty();
        return problems.get(0);
    }
}
