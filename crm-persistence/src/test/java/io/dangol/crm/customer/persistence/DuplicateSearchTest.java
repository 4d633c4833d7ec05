package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.DuplicatePair;
import io.dangol.crm.customer.DuplicateSearch;
import io.dangol.crm.customer.PossibleDuplicate.Evidence;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import io.dangol.crm.shared.Transactions;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The set-based duplicate job over real PostgreSQL: what makes a pair, what only raises its score, what never does. */
@SpringBootTest
class DuplicateSearchTest extends PostgresIntegrationTest {

    private static final Instant AT = Instant.parse("2026-12-03T01:00:00Z");

    @Autowired
    DuplicateSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Transactions transactions;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    private long customer(String name, String source, String externalId) {
        return jdbc.sql("insert into customer (name, source_system, external_id) values (?, ?, ?) returning id")
                .params(name, source, externalId).query(Long.class).single();
    }

    private void point(long customer, String kind, String value) {
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, ?, ?)").params(customer, kind, value).update();
    }

    private void birthday(long customer, int month, int day, Integer year) {
        jdbc.sql("insert into customer_event (customer_id, kind, month, day, year) values (?, 'BIRTHDAY', ?, ?, ?)")
                .params(customer, month, day, year).update();
    }

    private long run() {
        return transactions.inTransaction(() -> search.findAll(AT));
    }

    private Map<String, DuplicatePair> pairs() {
        return search.proposed(0, 100).stream()
                .collect(Collectors.toMap(p -> p.first().name() + "+" + p.second().name(), p -> p));
    }

    @Test
    void theSamePhoneInAnyFormTheSameEmailOrANameAlikeWithTheSameBirthdayOrAddressMakeAPair() {
        long pos = customer("김민준", "pos", "P-1");
        long web = customer("김 민준", "web", "W-9");
        point(pos, "PHONE", "010-6123-4567");
        point(web, "PHONE", "+821061234567");
        birthday(pos, 5, 17, 1990);
        birthday(web, 5, 17, null);

        long mail = customer("Olivia Smith", null, null);
        long mail2 = customer("O. Smith", null, null);
        point(mail, "EMAIL", "Olivia@Example.com");
        point(mail2, "EMAIL", "olivia@example.com");

        long typo = customer("박서연", null, null);
        long typo2 = customer("박서열", null, null); // one final consonant off
        birthday(typo, 3, 1, 1985);
        birthday(typo2, 3, 1, 1985);

        long home = customer("(주)한빛상사", null, null);
        long home2 = customer("한빛상사", null, null);
        point(home, "POSTAL", "서울특별시 강남구 테헤란로 152, 3층");
        point(home2, "POSTAL", "서울특별시 강남구  테헤란로 152 3층");

        assertThat(run()).isEqualTo(4);
        Map<String, DuplicatePair> pairs = pairs();
        DuplicatePair phone = pairs.get("김민준+김 민준");
        assertThat(phone.evidence()).containsExactlyInAnyOrder(Evidence.PHONE, Evidence.SIMILAR_NAME, Evidence.BIRTH_DAY);
        assertThat(phone.score()).isEqualTo(DuplicatePair.score(phone.evidence()), org.assertj.core.data.Offset.offset(0.001));
        assertThat(phone.first().sourceId()).isEqualTo("pos:P-1");
        assertThat(phone.second().sourceId()).isEqualTo("web:W-9");
        assertThat(pairs.get("Olivia Smith+O. Smith").evidence()).containsExactly(Evidence.EMAIL);
        assertThat(pairs.get("Olivia Smith+O. Smith").first().sourceId()).isEqualTo("dangol:" + mail);
        assertThat(pairs.get("박서연+박서열").evidence()).containsExactly(Evidence.NAME_AND_BIRTHDAY);
        assertThat(pairs.get("(주)한빛상사+한빛상사").evidence()).containsExactly(Evidence.NAME_AND_ADDRESS);
        assertThat(search.proposed(0, 100)).extracting(DuplicatePair::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void weakEvidenceAloneNamesUnalikeASwitchboardAndAPairToldApartAreNeverProposed() {
        long a = customer("김민준", null, null);
        long b = customer("김민준", null, null);
        birthday(a, 5, 17, null); // day of birth without a year
        birthday(b, 5, 17, 1990);
        point(a, "PHONE", "010-6123-4567");
        point(b, "PHONE", "010-6999-4567"); // the same last four digits

        long c = customer("이서연", null, null);
        long d = customer("정하준", null, null);
        birthday(c, 1, 2, 1991);
        birthday(d, 1, 2, 1991);

        for (int i = 0; i < JdbcDuplicateSearch.CROWD + 1; i++) {
            point(customer("가게 손님 " + i, null, null), "PHONE", "02-555-0000");
        }

        long e = customer("최유진", null, null);
        long f = customer("최유진", null, null);
        point(e, "EMAIL", "yujin@example.com");
        point(f, "EMAIL", "yujin@example.com");
        jdbc.sql("insert into duplicate_verdict values (?, ?, 'NOT_SAME', 'agent', now())").params(e, f).update();

        long g = customer("홍길동", null, null);
        long h = customer("홍길동", null, null);
        point(g, "EMAIL", "gildong@example.com");
        point(h, "EMAIL", "gildong@example.com");
        jdbc.sql("update contact_point set retired_at = now(), retired_because = 'MOVED' where customer_id = ?").param(h).update();

        assertThat(run()).isZero();
        assertThat(pairs()).isEmpty();
    }

    @Test
    void eachRunReplacesTheProposedPairs() {
        long a = customer("김민준", null, null);
        long b = customer("김민준", null, null);
        point(a, "PHONE", "010-6123-4567");
        point(b, "PHONE", "010-6123-4567");
        assertThat(run()).isEqualTo(1);
        assertThat(run()).isEqualTo(1);
        jdbc.sql("delete from contact_point where customer_id = ?").param(b).update();
        assertThat(run()).isZero();
        assertThat(jdbc.sql("select count(*) from duplicate_pair").query(Long.class).single()).isZero();
    }
}
