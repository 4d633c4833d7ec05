package io.dangol.crm.segment;

import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignFile;
import io.dangol.crm.campaign.CampaignRow;
import io.dangol.crm.campaign.PhoneFormat;
import io.dangol.crm.overview.Dashboard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import io.dangol.crm.shared.AnniversaryWindow;
import io.dangol.crm.shared.PersonalData;
import io.dangol.crm.shared.SpreadsheetCell;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Masks, the dashboard's arithmetic, the campaign file, anniversaries and the rules of saved segments. */
class SegmentAndCampaignRulesTest {

    @Test
    void phonesAndEmailsAreMaskedToWhatAListNeeds() {
        assertThat(PersonalData.maskPhone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(PersonalData.maskPhone("01012345678")).isEqualTo("010-****-5678");
        assertThat(PersonalData.maskPhone("+82 10-1234-5678")).isEqualTo("010-****-5678");
        assertThat(PersonalData.maskPhone("02-123-4567")).isEqualTo("02-****-4567");
        assertThat(PersonalData.maskPhone("12")).isEqualTo("****");
        assertThat(PersonalData.maskEmail("kim.minjun@example.com")).isEqualTo("k***@example.com");
        assertThat(PersonalData.maskEmail("not-an-address")).isEqualTo("***");
    }

    @Test
    void theFunnelCountsWhoReachedEachStageAndWhoWentOn() {
        Dashboard dashboard = dashboard(List.of(stage(LadderStage.PROSPECT, 100), stage(LadderStage.BUYER, 600),
                stage(LadderStage.IDENTIFIED, 250), stage(LadderStage.CORE, 50)));
        assertThat(dashboard.customers()).isEqualTo(1000);
        assertThat(dashboard.reached(LadderStage.BUYER)).isEqualTo(900);
        assertThat(dashboard.conversionFrom(LadderStage.BUYER)).contains(300.0 / 900);
        assertThat(dashboard.conversionFrom(LadderStage.IDENTIFIED)).contains(50.0 / 300);
        assertThat(dashboard.conversionFrom(LadderStage.CORE)).isEmpty();
        Dashboard empty = dashboard(List.of());
        assertThat(empty.conversionFrom(LadderStage.PROSPECT)).isEmpty();
        assertThat(empty.heat(5, 5)).isZero();
        assertThat(empty.coreAtRisk()).isZero();
    }

    @Test
    void heatIsRelativeToTheLargestCellAndMissingCellsAreEmpty() {
        Dashboard dashboard = new Dashboard(1, Instant.EPOCH, Optional.empty(), List.of(), 0, 0,
                List.of(new Dashboard.RfmCell(5, 5, 200, BigDecimal.TEN), new Dashboard.RfmCell(1, 1, 50, BigDecimal.ONE)),
                List.of(), new Dashboard.Concentration(new BigDecimal("1000"), new BigDecimal("600"), 3, new BigDecimal("-20")),
                List.of(), List.of());
        assertThat(dashboard.heatStep(5, 5)).isEqualTo(5);
        assertThat(dashboard.heatStep(1, 1)).isEqualTo(1);
        assertThat(dashboard.cell(3, 3).customers()).isZero();
        assertThat(dashboard.concentration().coreShare()).contains(0.6);
        assertThat(new Dashboard.Concentration(BigDecimal.ZERO, BigDecimal.ONE, 0, BigDecimal.ZERO).coreShare()).isEmpty();
        Dashboard.ParetoPoint point = new Dashboard.ParetoPoint(4, 200, 1000, new BigDecimal("800"), new BigDecimal("1000"));
        assertThat(point.customerShare()).isEqualTo(0.2);
        assertThat(point.profitShare()).isEqualTo(0.8);
    }

    @Test
    void everyFieldThatCannotBeUsedIsNamedAtOnce() {
        java.util.Map<String, java.util.List<String>> typed = java.util.Map.of("clvMin", java.util.List.of("abc"),
                "boughtWithin", java.util.List.of("-5"), "rMin", java.util.List.of("4"), "rMax", java.util.List.of("2"),
                "stage", java.util.List.of("CORE", "VIP"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.dangol.crm.segment.SegmentFilter.fromParameters(typed))
                .isInstanceOfSatisfying(io.dangol.crm.segment.InvalidSegmentFilter.class, e -> assertThat(e.problems())
                        .extracting(io.dangol.crm.segment.InvalidSegmentFilter.Problem::field)
                        .containsExactlyInAnyOrder("clvMin", "boughtWithin", "rMax", "stage"));
    }

    @Test
    void theCampaignFileOpensInKoreanExcelAndDisarmsFormulas() {
        StringBuilder out = new StringBuilder();
        CampaignExport export = new CampaignExport(7, Instant.EPOCH, "m", "s", "", ConsentChannel.SMS, ConsentPurpose.MARKETING,
                "봄", 3, 0, 0, 0, 0, io.dangol.crm.campaign.ControlGroup.none(), 0, java.util.OptionalLong.empty());
        try (CampaignFile file = CampaignFile.start(out, export)) {
            file.add(new CampaignRow(1, "김민준", LadderStage.CORE, Optional.of("CHAMPIONS"), "010-1234-5678"));
            file.add(new CampaignRow(2, "=HYPERLINK(\"http://x\",\"클릭\")", LadderStage.BUYER, Optional.empty(), "+82 10"));
            file.add(new CampaignRow(3, "이, \"서연\"\n님", LadderStage.BUYER, Optional.empty(), "@home"));
        }
        assertThat(out.toString()).isEqualTo("\uFEFFcustomer_id,name,stage,segment,channel,address\r\n"
                + "1,김민준,CORE,CHAMPIONS,SMS,010-1234-5678\r\n"
                + "2,\"'=HYPERLINK(\"\"http://x\"\",\"\"클릭\"\")\",BUYER,,SMS,'+82 10\r\n"
                + "3,\"이, \"\"서연\"\"\n님\",BUYER,,SMS,'@home\r\n");
        assertThat(SpreadsheetCell.neutralise("-1")).isEqualTo("'-1");

        StringBuilder sms = new StringBuilder();
        io.dangol.crm.campaign.CampaignHeadings korean = new io.dangol.crm.campaign.CampaignHeadings() {
            @Override
            public java.util.List<String> header() {
                return java.util.List.of("고객번호", "이름", "단계", "세그먼트", "채널", "주소");
            }

            @Override
            public String stage(LadderStage stage) {
                return stage == LadderStage.CORE ? "핵심 고객" : "구매 고객";
            }

            @Override
            public String segment(String code) {
                return "CHAMPIONS".equals(code) ? "챔피언" : code;
            }

            @Override
            public String channel(ConsentChannel channel) {
                return "문자";
            }
        };
        try (CampaignFile file = CampaignFile.start(sms, export, korean, PhoneFormat.DASHED)) {
            file.add(new CampaignRow(1, "김민준", LadderStage.CORE, Optional.of("CHAMPIONS"), "+821031901315"));
            file.add(new CampaignRow(2, "이서연", LadderStage.BUYER, Optional.empty(), "010-9999-0000"));
            file.add(new CampaignRow(3, "Kim", LadderStage.BUYER, Optional.empty(), "+16505550100"));
        }
        assertThat(sms.toString()).as("one form for every phone, no apostrophe, the reader's words")
                .isEqualTo("\uFEFF고객번호,이름,단계,세그먼트,채널,주소\r\n"
                        + "1,김민준,핵심 고객,챔피언,문자,010-3190-1315\r\n"
                        + "2,이서연,구매 고객,,문자,010-9999-0000\r\n"
                        + "3,Kim,구매 고객,,문자,+16505550100\r\n");

        StringBuilder digits = new StringBuilder();
        try (CampaignFile file = CampaignFile.start(digits, export, korean, PhoneFormat.DIGITS)) {
            file.add(new CampaignRow(1, "김민준", LadderStage.CORE, Optional.of("CHAMPIONS"), "+821031901315"));
            file.add(new CampaignRow(2, "이서연", LadderStage.BUYER, Optional.empty(), "02-345-6789"));
            file.add(new CampaignRow(3, "Kim", LadderStage.BUYER, Optional.empty(), "+16505550100"));
        }
        assertThat(digits.toString()).as("digits only when the settings say so; a foreign number stays E.164")
                .endsWith("1,김민준,핵심 고객,챔피언,문자,01031901315\r\n"
                        + "2,이서연,구매 고객,,문자,023456789\r\n"
                        + "3,Kim,구매 고객,,문자,+16505550100\r\n");
        assertThat(SpreadsheetCell.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCell.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCell.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCell.neutralise(null)).isEmpty();
    }

    @Test
    void anniversariesCrossTheYearEndAndKeepTheTwentyNinthOfFebruary() {
        AnniversaryWindow window = new AnniversaryWindow(LocalDate.of(2026, 12, 25), 14);
        assertThat(window.calendarDays()).contains(MonthDay.of(12, 25), MonthDay.of(12, 31), MonthDay.of(1, 1), MonthDay.of(1, 8))
                .hasSize(15);
        assertThat(window.pastYears(2)).containsExactly(
                new AnniversaryWindow.Range(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 1, 9)),
                new AnniversaryWindow.Range(LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 9)));
        assertThat(new AnniversaryWindow(LocalDate.of(2027, 2, 27), 1).calendarDays()).contains(MonthDay.of(2, 29));
        assertThat(new AnniversaryWindow(LocalDate.of(2028, 2, 27), 1).calendarDays()).doesNotContain(MonthDay.of(2, 29));
        assertThatThrownBy(() -> new AnniversaryWindow(LocalDate.EPOCH, 400)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheOwnerChangesASegmentAndNamesAreRequiredAndUnique() {
        SegmentLibrary library = new SegmentLibrary(new InMemorySavedSegments(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        SavedSegment mine = library.save("  VIP  ", false, SegmentFilter.EVERYONE, "kim");
        assertThat(mine.name()).isEqualTo("VIP");
        assertThat(library.save("VIP", false, SegmentFilter.EVERYONE, "kim").id()).as("a double click saves one segment")
                .isEqualTo(mine.id());
        assertThat(library.visibleTo("kim")).hasSize(1);
        assertRefused(() -> library.save("VIP", true, SegmentFilter.EVERYONE, "kim"), SegmentRefused.Reason.NAME_TAKEN);
        assertThat(library.save("VIP", true, SegmentFilter.EVERYONE, "lee").owner()).isEqualTo("lee");
        assertRefused(() -> library.save(" ", false, SegmentFilter.EVERYONE, "kim"), SegmentRefused.Reason.NAME_MISSING);
        assertRefused(() -> library.save("x".repeat(101), false, SegmentFilter.EVERYONE, "kim"), SegmentRefused.Reason.NAME_TOO_LONG);
        assertRefused(() -> library.open(mine.id(), "lee"), SegmentRefused.Reason.NOT_FOUND);
        library.change(mine.id(), "VIP", true, SegmentFilter.EVERYONE, "kim");
        assertThat(library.open(mine.id(), "lee").shared()).isTrue();
        assertRefused(() -> library.change(mine.id(), "mine now", true, SegmentFilter.EVERYONE, "lee"), SegmentRefused.Reason.NOT_YOURS);
        assertRefused(() -> library.delete(mine.id(), "lee"), SegmentRefused.Reason.NOT_YOURS);
        library.delete(mine.id(), "kim");
        assertThat(library.visibleTo("kim")).extracting(SavedSegment::owner).containsExactly("lee");
    }

    private static void assertRefused(Runnable action, SegmentRefused.Reason reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(SegmentRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static Dashboard.StageFigure stage(LadderStage stage, long customers) {
        return new Dashboard.StageFigure(stage, customers, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static Dashboard dashboard(List<Dashboard.StageFigure> funnel) {
        return new Dashboard(1, Instant.EPOCH, Optional.empty(), funnel, 0, 0, List.of(), List.of(),
                new Dashboard.Concentration(BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO), List.of(), List.of());
    }

    /** Saved segments in a list, for the rules above. */
    static final class InMemorySavedSegments implements SavedSegments {
        private final List<SavedSegment> all = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public List<SavedSegment> visibleTo(String username) {
            return all.stream().filter(segment -> segment.visibleTo(username)).toList();
        }

        @Override
        public Optional<SavedSegment> find(long id) {
            return all.stream().filter(segment -> segment.id() == id).findFirst();
        }

        @Override
        public boolean nameTaken(String owner, String name, Optional<Long> except) {
            return all.stream().anyMatch(s -> s.owner().equals(owner) && s.name().equals(name) && except.map(id -> id != s.id()).orElse(true));
        }

        @Override
        public SavedSegment insert(String name, String owner, boolean shared, SegmentFilter filter, Instant at) {
            SavedSegment segment = new SavedSegment(ids.incrementAndGet(), name, owner, shared, filter, at, at);
            all.add(segment);
            return segment;
        }

        @Override
        public SavedSegment update(long id, String name, boolean shared, SegmentFilter filter, Instant at) {
            SavedSegment old = find(id).orElseThrow();
            SavedSegment changed = new SavedSegment(id, name, old.owner(), shared, filter, old.createdAt(), at);
            all.set(all.indexOf(old), changed);
            return changed;
        }

        @Override
        public void delete(long id) {
            all.removeIf(segment -> segment.id() == id);
        }
    }
}
