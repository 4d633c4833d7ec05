package io.dangol.crm.segment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExportStore;
import io.dangol.crm.campaign.CampaignRequest;
import io.dangol.crm.campaign.CampaignRow;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.segment.CustomerSegments;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.segment.SegmentMember;
import io.dangol.crm.segment.SegmentSort;
import io.dangol.crm.segment.SegmentSummary;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Segment filters, paging and campaign exports against PostgreSQL with a few customers whose scores we wrote. */
@SpringBootTest
class SegmentsAndCampaignsTest extends PostgresIntegrationTest {

    @Autowired
    CustomerSegments segments;

    @Autowired
    CampaignExportStore exports;

    @Autowired
    JdbcClient jdbc;

    long kim;
    long lee;
    long park;
    long choi;
    long jung;

    @BeforeEach
    void fiveCustomers() {
        Tables.emptyCustomerData(jdbc);
        kim = customer("김민준", "{단골}");
        lee = customer("이서연", "{}");
        park = customer("박지훈", "{vip,단골}");
        choi = customer("최유진", "{}");
        jung = customer("=HYPERLINK(\"x\")", "{}");
        score(kim, "CORE", "CHAMPIONS", 5, 5, 5, "900000", "0.95", 10, "300000", false);
        score(lee, "IDENTIFIED", "AT_RISK", 2, 4, 4, "400000", "0.30", 200, "-5000", true);
        score(park, "CORE", "CANT_LOSE_THEM", 1, 5, 5, "700000", "0.20", 400, "250000", true);
        score(choi, "BUYER", "NEW", 5, 1, 1, "20000", "0.90", 5, "3000", false);
        score(jung, "BUYER", "LOST", 1, 1, 1, null, null, 900, "100", false);
        point(kim, "PHONE", "010-1234-5678");
        point(kim, "EMAIL", "kim@example.com");
        point(kim, "POSTAL", "(06236) 서울특별시 강남구 테헤란로 12");
        point(lee, "EMAIL", "lee@example.com");
        point(park, "PHONE", "01098765432");
        point(park, "POSTAL", "부산 3");
        point(jung, "EMAIL", "jung@example.com");
        consent(kim, "EMAIL", "MARKETING", "GRANTED", "2026-01-01T00:00:00Z");
        consent(lee, "EMAIL", "MARKETING", "GRANTED", "2026-01-01T00:00:00Z");
        consent(lee, "EMAIL", "MARKETING", "WITHDRAWN", "2026-03-01T00:00:00Z");
        consent(park, "EMAIL", "MARKETING", "GRANTED", "2026-01-01T00:00:00Z");
        consent(jung, "EMAIL", "MARKETING", "GRANTED", "2026-01-01T00:00:00Z");
        consent(choi, "SMS", "MARKETING", "GRANTED", "2026-01-01T00:00:00Z");
        order(kim, "WEB", Instant.now().minus(Duration.ofDays(10)));
        order(kim, "WEB", Instant.now().minus(Duration.ofDays(40)));
        order(kim, "STORE", Instant.now().minus(Duration.ofDays(400)));
        order(park, "STORE", Instant.now().minus(Duration.ofDays(400)));
    }

    @Test
    void eachConditionPicksTheRightCustomers() {
        assertThat(ids(filter(Map.of("stage", List.of("CORE"))))).containsExactly(kim, park);
        assertThat(ids(filter(Map.of("stage", List.of("CORE", "BUYER"))))).containsExactly(kim, park, choi, jung);
        assertThat(ids(filter(Map.of("rfm", List.of("AT_RISK", "NEW"))))).containsExactly(lee, choi);
        assertThat(ids(filter(Map.of("rMin", List.of("5"))))).containsExactlyInAnyOrder(kim, choi);
        assertThat(ids(filter(Map.of("fMin", List.of("4"), "fMax", List.of("4"))))).containsExactly(lee);
        assertThat(ids(filter(Map.of("clvMin", List.of("400,000"), "clvMax", List.of("800000"))))).containsExactly(park, lee);
        assertThat(ids(filter(Map.of("aliveMax", List.of("30"))))).containsExactly(park, lee);
        assertThat(ids(filter(Map.of("boughtWithin", List.of("30"))))).containsExactly(kim, choi);
        assertThat(ids(filter(Map.of("silentFor", List.of("365"))))).containsExactly(park, jung);
        assertThat(ids(filter(Map.of("tag", List.of("단골"))))).containsExactly(kim, park);
        assertThat(ids(filter(Map.of("region", List.of("서울"))))).containsExactly(kim);
        assertThat(ids(filter(Map.of("region", List.of("서울특별시  강남구"))))).containsExactly(kim);
        assertThat(ids(filter(Map.of("region", List.of("서울 강남"))))).as("a district is a whole word, never a prefix").isEmpty();
        assertThatThrownBy(() -> filter(Map.of("region", List.of("서울특별시 강남구 테헤란로"))))
                .as("a region, not an address: no letter-by-letter rebuilding of a masked address")
                .isInstanceOf(io.dangol.crm.segment.InvalidSegmentFilter.class);
        assertThat(ids(filter(Map.of("region", List.of("%"))))).isEmpty();
        assertThat(ids(filter(Map.of("favouriteChannel", List.of(OrderChannel.STORE.name()))))).containsExactly(park);
        assertThat(ids(filter(Map.of("consentChannel", List.of("EMAIL"), "consentPurpose", List.of("MARKETING")))))
                .as("a withdrawal after the grant counts").containsExactly(kim, park, jung);
        assertThat(ids(filter(Map.of("atRisk", List.of("true"))))).containsExactly(park, lee);
        assertThat(ids(filter(Map.of("negative", List.of("true"))))).containsExactly(lee);
        assertThat(ids(filter(Map.of("stage", List.of("CORE"), "atRisk", List.of("true"))))).containsExactly(park);
    }

    @Test
    void contactedRecentlyAndAnniversariesComeFromTheRecord() {
        jdbc.sql("""
                insert into contact (customer_id, channel, direction, purpose, department, happened_at)
                values (?, 'PHONE', 'OUTBOUND', 'SALES', 'SALES', now() - interval '3 days')""").param(choi).update();
        assertThat(ids(filter(Map.of("contactedWithin", List.of("7"))))).containsExactly(choi);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        LocalDate soon = today.plusDays(5);
        jdbc.sql("insert into customer_event (customer_id, kind, month, day) values (?, 'BIRTHDAY', ?, ?)")
                .params(lee, soon.getMonthValue(), soon.getDayOfMonth()).update();
        order(jung, "WEB", soon.minusYears(3).atTime(12, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        order(jung, "WEB", soon.minusYears(1).atTime(12, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        assertThat(ids(filter(Map.of("anniversaryWithin", List.of("14"))))).containsExactlyInAnyOrder(lee, jung);
    }

    @Test
    void pagesNeverOverlapOrSkipEvenWhenManyTie() {
        List<Long> more = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            long id = customer("동점 " + i, "{}");
            score(id, "BUYER", "NEW", 5, 1, 1, "50000", "0.5", 30, "1000", false);
            more.add(id);
        }
        SegmentFilter buyers = filter(Map.of("stage", List.of("BUYER")));
        for (SegmentSort sort : SegmentSort.values()) {
            for (boolean descending : new boolean[] {true, false}) {
                Set<Long> seen = new HashSet<>();
                List<Long> all = new ArrayList<>();
                for (int page = 1; page <= 7; page++) {
                    segments.page(buyers, sort, descending, page, 10).forEach(member -> all.add(member.customerId()));
                }
                seen.addAll(all);
                assertThat(all).as(sort + (descending ? " desc" : " asc")).hasSize(59).doesNotHaveDuplicates();
                assertThat(seen).containsAll(more).contains(choi, jung);
            }
        }
        SegmentSummary summary = segments.summarize(filter(Map.of("stage", List.of("BUYER"), "rMin", List.of("5"))));
        assertThat(summary.customers()).isEqualTo(58);
        assertThat(summary.predictedClv()).isEqualByComparingTo(new BigDecimal("2870000"));
    }

    @Test
    void listsShowContactPointsMasked() {
        SegmentMember first = segments.page(filter(Map.of("stage", List.of("CORE"))), SegmentSort.CLV, true, 1, 50).get(0);
        assertThat(first.customerId()).isEqualTo(kim);
        assertThat(first.maskedPhone()).contains("010-****-5678");
        assertThat(first.maskedEmail()).contains("k***@example.com");
        assertThat(first.rfm()).contains("555");
        assertThat(first.segment()).contains(RfmSegment.CHAMPIONS);
        assertThat(first.stage()).isEqualTo(LadderStage.CORE);
    }

    @Test
    void anExportTakesOnlyConsentingReachableUncappedCustomersAndTouchesThem() {
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    insert into contact (customer_id, channel, direction, purpose, department, happened_at)
                    values (?, 'EMAIL', 'OUTBOUND', 'CAMPAIGN', 'MARKETING', now() - interval '2 days')""").param(jung).update();
        }
        CampaignExport export = exports.record(new CampaignRequest(SegmentFilter.EVERYONE, "everyone", ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, "봄 세일", "marketer"), new CampaignSettings(2), Instant.now());

        assertThat(export.exported()).as("kim only: park has no e-mail, jung is capped").isEqualTo(1);
        assertThat(export.leftNoConsent()).as("lee withdrew, choi consented to SMS only").isEqualTo(2);
        assertThat(export.leftNoAddress()).isEqualTo(1);
        assertThat(export.leftCapped()).isEqualTo(1);
        List<CampaignRow> rows = new ArrayList<>();
        exports.forEachRow(export.id(), rows::add);
        assertThat(rows).extracting(CampaignRow::customerId).containsExactly(kim);
        assertThat(rows.get(0).address()).isEqualTo("kim@example.com");
        assertThat(jdbc.sql("select count(*) from contact where campaign_export_id = ? and purpose = 'CAMPAIGN' "
                + "and department = 'MARKETING' and customer_id = ?").params(export.id(), kim).query(Long.class).single())
                .isEqualTo(1);
        assertThat(exports.latest(5)).extracting(CampaignExport::id).containsExactly(export.id());

        CampaignExport again = exports.record(new CampaignRequest(SegmentFilter.EVERYONE, "everyone", ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, "봄 세일 2", "marketer"), new CampaignSettings(2), Instant.now());
        assertThat(again.exported()).isEqualTo(1);
        CampaignExport third = exports.record(new CampaignRequest(SegmentFilter.EVERYONE, "everyone", ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, "봄 세일 3", "marketer"), new CampaignSettings(2), Instant.now());
        assertThat(third.exported()).as("kim reached the cap of 2 with the two exports").isZero();
        assertThat(third.leftCapped()).isEqualTo(2);
    }

    private SegmentFilter filter(Map<String, List<String>> parameters) {
        return SegmentFilter.fromParameters(parameters);
    }

    private List<Long> ids(SegmentFilter filter) {
        return segments.page(filter, SegmentSort.CLV, true, 1, 100).stream().map(SegmentMember::customerId).toList();
    }

    private long customer(String name, String tags) {
        return jdbc.sql("insert into customer (name, tags) values (?, cast(? as text[])) returning id").params(name, tags)
                .query(Long.class).single();
    }

    private void score(long id, String stage, String segment, int r, int f, int m, String clv, String alive, int recency,
                       String profit, boolean atRisk) {
        jdbc.sql("""
                insert into customer_score (customer_id, run_id, recency_days, frequency, monetary, r_score, f_score, m_score,
                    segment, profit_contribution, stage, stage_rule, p_alive, predicted_clv, historical_clv, at_risk)
                values (?, 1, ?, 3, 1000, ?, ?, ?, ?, ?, ?, 'TEST', ?, ?, 500, ?)""")
                .params(id, recency, r, f, m, segment, new BigDecimal(profit), stage,
                        alive == null ? null : new BigDecimal(alive), clv == null ? null : new BigDecimal(clv), atRisk)
                .update();
    }

    private void point(long id, String kind, String value) {
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, ?, ?)").params(id, kind, value).update();
    }

    private void consent(long id, String channel, String purpose, String status, String at) {
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, ?, ?, ?, ?, 'WEB_FORM')")
                .params(id, channel, purpose, status, Timestamp.from(Instant.parse(at))).update();
    }

    private void order(long id, String channel, Instant at) {
        jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, ?, ?, ?)")
                .params(id, "o-" + id + "-" + at.toEpochMilli(), channel, Timestamp.from(at)).update();
    }

}
