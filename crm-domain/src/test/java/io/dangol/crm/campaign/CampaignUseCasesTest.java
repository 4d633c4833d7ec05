package io.dangol.crm.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.segment.SegmentFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Exporting a campaign and changing the frequency cap: the checks the use cases own, before anything is written. */
class CampaignUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

    private final List<String> written = new ArrayList<>();
    private CampaignSettings settings = new CampaignSettings(4);

    private final CampaignSettingsStore settingsStore = new CampaignSettingsStore() {
        @Override
        public CampaignSettings current() {
            return settings;
        }

        @Override
        public void save(CampaignSettings changed, String username) {
            settings = changed;
            written.add("cap " + changed.campaignCapPer30Days() + " by " + username);
        }
    };

    private final CampaignExportStore exports = new CampaignExportStore() {
        @Override
        public CampaignExport record(CampaignRequest request, CampaignSettings rules, Instant at) {
            written.add("export " + request.channel() + "/" + request.purpose() + " cap " + rules.campaignCapPer30Days()
                    + " '" + request.reason() + "' control " + request.control().percent() + "% seed " + request.control().seed()
                    + " cost " + request.costPerContact());
            return new CampaignExport(1, at, request.username(), request.segmentName(), "", request.channel(),
                    request.purpose(), request.reason(), 10, 0, 0, 0, 0, request.control(), 1, request.costPerContact());
        }

        @Override
        public void forEachRow(long exportId, Consumer<CampaignRow> row) {
        }

        @Override
        public Optional<CampaignExport> find(long id) {
            return Optional.empty();
        }

        @Override
        public List<CampaignExport> latest(int limit) {
            return List.of();
        }
    };

    private final ExportCampaign exportCampaign = new ExportCampaign(exports, settingsStore, Clock.fixed(NOW, ZoneOffset.UTC),
            () -> 20261204L);

    private ExportCampaign.Result export(String channel, String purpose, String reason) {
        return exportCampaign.handle(new ExportCampaign.Command(SegmentFilter.EVERYONE, "VIP", channel, purpose, reason, "marketer"));
    }

    @Test
    void anExportUsesTheCurrentCapAndTheStrippedReason() {
        ExportCampaign.Result result = export("SMS", "MARKETING", "  12월 감사 쿠폰 ");

        assertThat(result.problem()).isEmpty();
        assertThat(result.export()).isPresent();
        assertThat(written).containsExactly(
                "export SMS/MARKETING cap 4 '12월 감사 쿠폰' control 10% seed 20261204 cost OptionalLong.empty");
    }

    @Test
    void aMissingChannelPurposeOrReasonIsNamedAndNothingIsExported() {
        assertThat(export("FAX", "MARKETING", "why").problem()).contains("campaigns.error.channel");
        assertThat(export("SMS", "", "why").problem()).contains("campaigns.error.purpose");
        assertThat(export("SMS", "MARKETING", "   ").problem()).contains("campaigns.error.reason");
        assertThat(export("SMS", "MARKETING", "x".repeat(CampaignRequest.MAX_REASON + 1)).problem())
                .contains("campaigns.error.reason");
        assertThat(written).isEmpty();
    }

    @Test
    void theMarketerChoosesTheControlShareAndTheCostAsPeopleTypeThem() {
        ExportCampaign.Result result = exportCampaign.handle(new ExportCampaign.Command(SegmentFilter.EVERYONE, "VIP", "EMAIL",
                "MARKETING", "봄 신제품", "marketer", " 20 % ", "1,200원"));

        assertThat(result.problem()).isEmpty();
        assertThat(written).containsExactly("export EMAIL/MARKETING cap 4 '봄 신제품' control 20% seed 20261204 cost OptionalLong[1200]");
        assertThat(result.export().orElseThrow().spend()).hasValue(12_000);
    }

    @Test
    void aControlShareOrCostOutOfRangeIsNamedAndNothingIsExported() {
        for (String percent : new String[] {"51", "-1", "열", "10.5"}) {
            assertThat(exportCampaign.handle(new ExportCampaign.Command(SegmentFilter.EVERYONE, "VIP", "EMAIL", "MARKETING", "봄",
                    "marketer", percent, "")).problem()).as(percent).contains("campaigns.error.controlPercent");
        }
        for (String cost : new String[] {"-5", "천원", "10000001", "12.5"}) {
            assertThat(exportCampaign.handle(new ExportCampaign.Command(SegmentFilter.EVERYONE, "VIP", "EMAIL", "MARKETING", "봄",
                    "marketer", "", cost)).problem()).as(cost).contains("campaigns.error.cost");
        }
        assertThat(written).isEmpty();
    }

    @Test
    void anAdminChangesTheEvidenceRulesWithinTheirRanges() {
        ChangeEvidenceRules change = new ChangeEvidenceRules(settingsStore);

        assertThat(change.handle(new ChangeEvidenceRules.Command("0", "30", "3", false, "admin"))).isTrue();
        assertThat(settings).isEqualTo(new CampaignSettings(4, PhoneFormat.DASHED, 0, 30, 3, false));
        assertThat(change.handle(new ChangeEvidenceRules.Command("60", "30", "3", true, "admin"))).isFalse();
        assertThat(change.handle(new ChangeEvidenceRules.Command("10", "0", "3", true, "admin"))).isFalse();
        assertThat(change.handle(new ChangeEvidenceRules.Command("10", "14", "열", true, "admin"))).isFalse();
        assertThat(change.handle(new ChangeEvidenceRules.Command(null, "14", "2", true, "admin"))).isFalse();
        assertThat(settings).as("a refused change keeps the rules").isEqualTo(new CampaignSettings(4, PhoneFormat.DASHED, 0, 30, 3, false));
        assertThat(written).hasSize(1);
    }

    @Property(tries = 200)
    void aCapInRangeIsSavedAndAnyOtherTextIsRefused(@ForAll @IntRange(min = -50, max = 200) int cap) {
        written.clear();
        ChangeFrequencyCap change = new ChangeFrequencyCap(settingsStore);
        boolean inRange = cap >= CampaignSettings.MIN_CAP && cap <= CampaignSettings.MAX_CAP;

        assertThat(change.handle(new ChangeFrequencyCap.Command(" " + cap + " ", "admin"))).isEqualTo(inRange);
        assertThat(written).hasSize(inRange ? 1 : 0);
    }

    @Test
    void aCapThatIsNoNumberIsRefused() {
        ChangeFrequencyCap change = new ChangeFrequencyCap(settingsStore);

        assertThat(change.handle(new ChangeFrequencyCap.Command("다섯", "admin"))).isFalse();
        assertThat(change.handle(new ChangeFrequencyCap.Command("", "admin"))).isFalse();
        assertThat(change.handle(new ChangeFrequencyCap.Command(null, "admin"))).isFalse();
        assertThat(written).isEmpty();
    }

    @Test
    void thePhoneFormatIsChosenAndTheCapKeptAndAnUnknownFormatIsRefused() {
        ChoosePhoneFormat choose = new ChoosePhoneFormat(settingsStore);

        assertThat(choose.handle(new ChoosePhoneFormat.Command("digits", "admin"))).isFalse();
        assertThat(choose.handle(new ChoosePhoneFormat.Command(null, "admin"))).isFalse();
        assertThat(written).isEmpty();
        assertThat(choose.handle(new ChoosePhoneFormat.Command("DIGITS", "admin"))).isTrue();
        assertThat(settings).isEqualTo(new CampaignSettings(4, PhoneFormat.DIGITS));
        assertThat(new ChangeFrequencyCap(settingsStore).handle(new ChangeFrequencyCap.Command("6", "admin"))).isTrue();
        assertThat(settings).as("changing the cap keeps the format").isEqualTo(new CampaignSettings(6, PhoneFormat.DIGITS));
    }
}
