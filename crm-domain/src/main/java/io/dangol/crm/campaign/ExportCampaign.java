package io.dangol.crm.campaign;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.WholeNumber;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Marketing hands a segment to a campaign: a channel, a purpose and a reason are required; only customers with a
 * current consent for both are exported (there is no switch to turn that off), the frequency cap leaves out the
 * recently touched, and — while the fatigue rule is on — those who withdrew consent after touches too often. Of the
 * rest a control group is held out (the settings' share unless the marketer gives another, 0 to 50 %), drawn from a
 * fresh seed that is stored with the export. The export is recorded with a campaign touch on each exported customer
 * and every member's group.
 */
public final class ExportCampaign {

    /**
     * What the marketer typed: {@code controlPercent} blank for the settings' default, {@code costPerContact} blank when
     * unknown (whole won; commas and a trailing 원 are allowed).
     */
    public record Command(SegmentFilter filter, String segmentName, String channel, String purpose, String reason,
                          String by, String controlPercent, String costPerContact) {

        public Command(SegmentFilter filter, String segmentName, String channel, String purpose, String reason, String by) {
            this(filter, segmentName, channel, purpose, reason, by, "", "");
        }
    }

    /** The recorded export, or the message code of what to fix with nothing written. */
    public record Result(Optional<CampaignExport> export, Optional<String> problem) { }

    private final CampaignExportStore exports;
    private final CurrentCampaignSettings settings;
    private final Clock clock;
    private final LongSupplier seeds;

    public ExportCampaign(CampaignExportStore exports, CurrentCampaignSettings settings, Clock clock, LongSupplier seeds) {
        this.exports = exports;
        this.settings = settings;
        this.clock = clock;
        this.seeds = seeds;
    }

    public Result handle(Command command) {
        Optional<ConsentChannel> channel = Codes.parse(ConsentChannel.class, command.channel());
        Optional<ConsentPurpose> purpose = Codes.parse(ConsentPurpose.class, command.purpose());
        String reason = command.reason() == null ? "" : command.reason().strip();
        CampaignSettings rules = settings.current();
        OptionalInt percent = blank(command.controlPercent()) ? OptionalInt.of(rules.controlPercent())
                : WholeNumber.parse(command.controlPercent(), "%").stream()
                        .filter(p -> p >= 0 && p <= ControlGroup.MAX_PERCENT).mapToInt(p -> (int) p).findFirst();
        Optional<OptionalLong> cost = blank(command.costPerContact()) ? Optional.of(OptionalLong.empty())
                : WholeNumber.parse(command.costPerContact(), "원").stream()
                        .filter(c -> c >= 0 && c <= CampaignRequest.MAX_COST_PER_CONTACT).mapToObj(OptionalLong::of).findFirst();
        String problem = channel.isEmpty() ? "campaigns.error.channel"
                : purpose.isEmpty() ? "campaigns.error.purpose"
                : reason.isEmpty() || reason.length() > CampaignRequest.MAX_REASON ? "campaigns.error.reason"
                : percent.isEmpty() ? "campaigns.error.controlPercent"
                : cost.isEmpty() ? "campaigns.error.cost" : null;
        if (problem != null) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
        CampaignRequest request = new CampaignRequest(command.filter(), command.segmentName(), channel.get(),
                purpose.get(), reason, command.by(), new ControlGroup(percent.getAsInt(), seeds.getAsLong()), cost.get());
        CampaignExport export = exports.record(request, rules, clock.instant());
        return new Result(Optional.of(export), Optional.empty());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
