package io.dangol.crm.campaign;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.shared.Codes;
import java.time.Clock;
import java.util.Optional;

/**
 * Marketing hands a segment to a campaign: a channel, a purpose and a reason are required; only customers with a
 * current consent for both are exported (there is no switch to turn that off) and the frequency cap leaves out the
 * recently touched. The export is recorded with a campaign touch on each exported customer.
 */
public final class ExportCampaign {

    public record Command(SegmentFilter filter, String segmentName, String channel, String purpose, String reason,
                          String by) { }

    /** The recorded export, or the message code of what to fix with nothing written. */
    public record Result(Optional<CampaignExport> export, Optional<String> problem) { }

    private final CampaignExportStore exports;
    private final CurrentCampaignSettings settings;
    private final Clock clock;

    public ExportCampaign(CampaignExportStore exports, CurrentCampaignSettings settings, Clock clock) {
        this.exports = exports;
        this.settings = settings;
        this.clock = clock;
    }

    public Result handle(Command command) {
        Optional<ConsentChannel> channel = Codes.parse(ConsentChannel.class, command.channel());
        Optional<ConsentPurpose> purpose = Codes.parse(ConsentPurpose.class, command.purpose());
        String reason = command.reason() == null ? "" : command.reason().strip();
        String problem = channel.isEmpty() ? "campaigns.error.channel"
                : purpose.isEmpty() ? "campaigns.error.purpose"
                : reason.isEmpty() || reason.length() > CampaignRequest.MAX_REASON ? "campaigns.error.reason" : null;
        if (problem != null) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
        CampaignRequest request = new CampaignRequest(command.filter(), command.segmentName(), channel.get(),
                purpose.get(), reason, command.by());
        CampaignExport export = exports.record(request, settings.current().campaignCapPer30Days(), clock.instant());
        return new Result(Optional.of(export), Optional.empty());
    }
}
