package io.dangol.crm.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExports;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.campaign.CampaignResult;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.Estimate;
import io.dangol.crm.campaign.ReadCampaignResults;
import io.dangol.crm.demo.DemoCampaign;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's planted campaign, measured through the same results a marketer reads: the effect planted in a segment is
 * recovered within its interval, the segment with none planted shows none, and the touched hibernating withdraw more.
 */
@SpringBootTest
class PlantedCampaignTest extends PostgresIntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    CampaignExports exports;

    @Autowired
    CampaignOutcomes outcomes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theResultsPageRecoversWhatTheDemoPlanted() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(20_000, 42));
        CampaignExport export = exports.latest(1).get(0);
        ReadCampaignResults results = new ReadCampaignResults(exports, outcomes, () -> new CampaignSettings(4),
                Clock.systemUTC());

        CampaignResult result = results.handle(export.id(), 30).orElseThrow();

        assertThat(export.reason()).isEqualTo(DemoCampaign.REASON);
        assertThat((double) export.heldOut() / (export.heldOut() + export.exported())).isBetween(0.18, 0.22);
        assertThat(jdbc.sql("select count(*) from contact where campaign_export_id = ?").param(export.id())
                .query(Long.class).single()).isEqualTo(export.exported());
        assertThat(result.complete()).isTrue();
        // planted: 9 % of the touched at-risk who would not have bought do; the held out show who would have
        CampaignResult.Breakdown atRisk = segment(result, "AT_RISK");
        double planted = DemoCampaign.plantedLift(Optional.of("AT_RISK")) * (1 - atRisk.control().purchaseRate());
        Estimate lift = atRisk.purchaseLift().orElseThrow();
        assertThat(planted).isBetween(lift.low(), lift.high());
        assertThat(lift.significant()).isTrue();
        Estimate hibernating = segment(result, "HIBERNATING").purchaseLift().orElseThrow();
        assertThat(0.0).isBetween(hibernating.low(), hibernating.high());
        assertThat(segment(result, "HIBERNATING").withdrawalLift().orElseThrow().significant()).isTrue();
        assertThat(result.returnOnSpend()).isPresent();
    }

    private static CampaignResult.Breakdown segment(CampaignResult result, String code) {
        return result.bySegment().stream().filter(b -> b.key().equals("segment." + code)).findFirst().orElseThrow();
    }
}
