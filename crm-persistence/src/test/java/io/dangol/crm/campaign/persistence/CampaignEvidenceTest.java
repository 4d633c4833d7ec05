package io.dangol.crm.campaign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExportStore;
import io.dangol.crm.campaign.CampaignHeadline;
import io.dangol.crm.campaign.CampaignHeadlines;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.campaign.CampaignRequest;
import io.dangol.crm.campaign.CampaignRow;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.campaign.Estimate;
import io.dangol.crm.campaign.GroupFigures;
import io.dangol.crm.campaign.PhoneFormat;
import io.dangol.crm.campaign.StratumFigures;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Control groups drawn in SQL as the domain draws them, held out of touches and files; fatigue; a campaign's figures. */
@SpringBootTest
class CampaignEvidenceTest extends PostgresIntegrationTest {

    private static final String[] STAGES = {"BUYER", "IDENTIFIED", "CORE"};
    private static final String[] SEGMENTS = {"CHAMPIONS", "AT_RISK", "LOST", null};

    @Autowired
    CampaignExportStore exports;

    @Autowired
    CampaignOutcomes outcomes;

    @Autowired
    CampaignHeadlines headlines;

    @Autowired
    JdbcClient jdbc;

    /** 3,000 consenting customers with an e-mail, over 3 stages × 4 segments (one of them no segment at all). */
    private void population() {
        Tables.emptyCustomerData(jdbc);
        jdbc.sql("""
                insert into customer (name, ladder_stage)
                select '고객' || g, (array['BUYER', 'IDENTIFIED', 'CORE'])[1 + g % 3] from generate_series(1, 3000) g""").update();
        jdbc.sql("""
                insert into customer_score (customer_id, run_id, frequency, monetary, segment, profit_contribution, stage, stage_rule)
                select id, 1, 1, 1000, (array['CHAMPIONS', 'AT_RISK', 'LOST', null])[1 + (id / 3) % 4], 0, ladder_stage, 'TEST'
                from customer""").update();
        jdbc.sql("insert into contact_point (customer_id, kind, value) select id, 'EMAIL', 'c' || id || '@example.com' from customer").update();
        jdbc.sql("""
                insert into consent (customer_id, channel, purpose, status, at, source)
                select id, 'EMAIL', 'MARKETING', 'GRANTED', '2026-01-01', 'WEB_FORM' from customer""").update();
    }

    private CampaignExport export(ControlGroup control, CampaignSettings rules, Instant at) {
        return exports.record(new CampaignRequest(SegmentFilter.EVERYONE, "everyone", ConsentChannel.EMAIL,
                ConsentPurpose.MARKETING, "봄 신제품", "marketer", control, OptionalLong.of(300)), rules, at);
    }

    @Test
    void theDatabaseDrawsTheControlGroupTheDomainDrawsAndHoldsItOutOfTouchesAndTheFile() {
        population();
        ControlGroup control = new ControlGroup(10, -8_123_456_789L);

        CampaignExport export = export(control, new CampaignSettings(4), Instant.parse("2026-11-01T01:00:00Z"));

        List<ControlGroup.Member> members = jdbc.sql("select customer_id, stage, segment from campaign_member where export_id = ?")
                .param(export.id())
                .query((rs, n) -> new ControlGroup.Member(rs.getLong(1), rs.getString(2) + "/" + rs.getString(3))).list();
        Set<Long> heldOut = new HashSet<>(jdbc.sql("select customer_id from campaign_member where export_id = ? and held_out")
                .param(export.id()).query(Long.class).list());
        assertThat(members).hasSize(3_000);
        assertThat(heldOut).isEqualTo(control.choose(members));
        assertThat(export.heldOut()).isEqualTo(heldOut.size()).isBetween(290L, 310L);
        assertThat(export.exported()).isEqualTo(3_000 - heldOut.size());
        assertThat(export.control()).isEqualTo(control);
        assertThat(export.costPerContact()).hasValue(300);
        assertThat(export.spend()).hasValue(300 * export.exported());

        Set<Long> touched = new HashSet<>(jdbc.sql("select customer_id from contact where campaign_export_id = ?")
                .param(export.id()).query(Long.class).list());
        assertThat(touched).hasSize((int) export.exported()).doesNotContainAnyElementsOf(heldOut);
        List<CampaignRow> rows = new ArrayList<>();
        exports.forEachRow(export.id(), rows::add);
        assertThat(rows).extracting(CampaignRow::customerId).hasSize((int) export.exported()).doesNotContainAnyElementsOf(heldOut);
    }

    @Test
    void theCapCountsOnlyTouchesSoTheHeldOutStayAvailable() {
        population();
        CampaignSettings capOne = new CampaignSettings(1, PhoneFormat.DASHED);
        CampaignExport first = export(new ControlGroup(20, 5), capOne, Instant.now());

        CampaignExport second = export(ControlGroup.none(), capOne, Instant.now());

        assertThat(second.leftCapped()).isEqualTo(first.exported());
        assertThat(second.exported()).as("last time's control group").isEqualTo(first.heldOut());
    }

    @Test
    void customersWhoWithdrewAfterTouchesTooOftenAreLeftOutWhileTheRuleIsOn() {
        population();
        long tired = jdbc.sql("select min(id) from customer").query(Long.class).single();
        for (String[] touch : new String[][] {{"2026-03-01", "2026-03-05", "2026-04-01"}, {"2026-05-01", "2026-05-03", "2026-06-01"}}) {
            long id = jdbc.sql("""
                    insert into campaign_export (at, username, segment_name, filter, channel, purpose, reason, exported,
                                                 left_no_consent, left_no_address, left_capped)
                    values (?, 'm', 's', '', 'EMAIL', 'MARKETING', 'earlier', 1, 0, 0, 0) returning id""")
                    .param(Timestamp.from(Instant.parse(touch[0] + "T00:00:00Z"))).query(Long.class).single();
            jdbc.sql("insert into campaign_member (export_id, customer_id, held_out, stage) values (?, ?, false, 'BUYER')")
                    .params(id, tired).update();
            consent(tired, "WITHDRAWN", touch[1]);
            consent(tired, "GRANTED", touch[2]);
        }

        CampaignExport on = export(ControlGroup.none(), new CampaignSettings(4), Instant.now());
        CampaignExport off = export(ControlGroup.none(), new CampaignSettings(4, PhoneFormat.DASHED, 10, 14, 2, false), Instant.now());
        CampaignExport higherLimit = export(ControlGroup.none(), new CampaignSettings(10, PhoneFormat.DASHED, 10, 14, 3, true), Instant.now());

        assertThat(on.leftFatigued()).isEqualTo(1);
        assertThat(on.exported()).isEqualTo(2_999);
        assertThat(off.leftFatigued()).isZero();
        assertThat(higherLimit.leftFatigued()).isZero();
    }

    @Test
    void aCampaignsFiguresAreSummedPerGroupAndStratumInTheWindow() {
        Tables.emptyCustomerData(jdbc);
        long product = jdbc.sql("insert into product (sku, name, unit_cost) values ('P1', '원두', 4000) returning id")
                .query(Long.class).single();
        long a = customer();
        long b = customer();
        long c = customer();
        long d = customer();
        Instant touch = Instant.parse("2026-10-01T00:00:00Z");
        long export = jdbc.sql("""
                insert into campaign_export (at, username, segment_name, filter, channel, purpose, reason, exported,
                                             left_no_consent, left_no_address, left_capped)
                values (?, 'm', 's', '', 'EMAIL', 'MARKETING', 'autumn', 2, 0, 0, 0) returning id""")
                .param(Timestamp.from(touch)).query(Long.class).single();
        member(export, a, false, "CORE", "CHAMPIONS");
        member(export, b, false, "CORE", "CHAMPIONS");
        member(export, c, true, "CORE", "CHAMPIONS");
        member(export, d, true, "BUYER", null);
        long line = order(a, product, "2026-10-05T00:00:00Z", 2, 10_000, 1_000); // 19,000 net of discount, 8,000 cost
        order(a, product, "2026-10-20T00:00:00Z", 1, 5_000, 0);
        order(b, product, "2026-09-30T00:00:00Z", 1, 50_000, 0); // before the touch
        order(c, product, "2026-11-15T00:00:00Z", 1, 7_000, 0); // after a 30-day window
        order(d, product, "2026-10-10T00:00:00Z", 1, 3_000, 0);
        jdbc.sql("insert into order_return (customer_id, order_line_id, quantity, refund, returned_at) values (?, ?, 1, 9500, '2026-10-12')")
                .params(a, line).update();
        jdbc.sql("insert into service_case (customer_id, kind, opened_at, cost) values (?, 'COMPLAINT', '2026-10-08', 2000)")
                .param(d).update();
        consent(b, "WITHDRAWN", "2026-10-03");
        consent(c, "WITHDRAWN", "2026-10-25"); // within the window, after the 14 fatigue days
        jdbc.sql("insert into feedback (customer_id, channel, text, sentiment, received_at) values (?, 'EMAIL', '또 광고', 'NEGATIVE', '2026-10-02')")
                .param(b).update();

        List<StratumFigures> strata = outcomes.figures(export, touch, Instant.parse("2026-10-31T00:00:00Z"), 14);

        assertThat(strata).hasSize(3);
        GroupFigures touched = find(strata, false, "CORE", Optional.of("CHAMPIONS"));
        // a: 19,000 + 5,000 − 9,500 refund = 14,500 revenue; profit 14,500 − 3 × 4,000 = 2,500; b: nothing in the window
        assertThat(touched).isEqualTo(new GroupFigures(2, 1, 2, new BigDecimal("14500.00"), new BigDecimal("210250000.0000"),
                new BigDecimal("2500.00"), new BigDecimal("6250000.0000"), 1, 0, 1));
        assertThat(find(strata, true, "CORE", Optional.of("CHAMPIONS")).buyers()).isZero();
        assertThat(find(strata, true, "CORE", Optional.of("CHAMPIONS")).withdrew()).as("after the fatigue days").isZero();
        GroupFigures buyer = find(strata, true, "BUYER", Optional.empty());
        assertThat(buyer.revenue()).isEqualByComparingTo("3000");
        assertThat(buyer.profit()).as("3,000 − 4,000 cost − 2,000 service").isEqualByComparingTo("-3000");
        assertThat(buyer.complained()).isEqualTo(1);

        headlines.save(new CampaignHeadline(export, Instant.parse("2026-10-31T00:00:00Z"), 30, true, 2, 2,
                Optional.of(new Estimate(0.5, -0.1, 1.1)), 0.5, OptionalDouble.of(0)));
        headlines.save(new CampaignHeadline(export, Instant.parse("2026-11-01T00:00:00Z"), 30, true, 2, 2,
                Optional.of(new Estimate(0.25, -0.2, 0.7)), 0.5, OptionalDouble.empty()));
        Map<Long, CampaignHeadline> stored = outcomes.headlines(List.of(export, 999L));
        assertThat(stored).containsOnlyKeys(export);
        assertThat(stored.get(export).purchaseLift()).contains(new Estimate(0.25, -0.2, 0.7));
        assertThat(stored.get(export).controlWithdrawalRate()).isEmpty();
        assertThat(outcomes.exportsSince(Instant.parse("2026-09-01T00:00:00Z"))).containsExactly(export);
    }

    private static GroupFigures find(List<StratumFigures> strata, boolean heldOut, String stage, Optional<String> segment) {
        return strata.stream().filter(s -> s.heldOut() == heldOut && s.stage().name().equals(stage) && s.segment().equals(segment))
                .findFirst().orElseThrow().figures();
    }

    private long customer() {
        return jdbc.sql("insert into customer (name) values ('고객') returning id").query(Long.class).single();
    }

    private void member(long export, long customer, boolean heldOut, String stage, String segment) {
        jdbc.sql("insert into campaign_member (export_id, customer_id, held_out, stage, segment) values (?, ?, ?, ?, ?)")
                .params(export, customer, heldOut, stage, segment).update();
    }

    private long order(long customer, long product, String at, int quantity, long price, long discount) {
        Timestamp when = Timestamp.from(Instant.parse(at));
        long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, ?, 'WEB', ?) returning id")
                .params(customer, "o" + customer + at, when).query(Long.class).single();
        return jdbc.sql("""
                insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, discount, ordered_at)
                values (?, ?, 1, ?, ?, ?, ?, ?) returning id""")
                .params(customer, order, product, quantity, price, discount, when).query(Long.class).single();
    }

    private void consent(long customer, String status, String day) {
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'EMAIL', 'MARKETING', ?, ?, 'WEB_FORM')")
                .params(customer, status, Timestamp.from(Instant.parse(day + "T00:00:00Z"))).update();
    }
}
