package io.dangol.crm.segment;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RfmSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The segments every workspace starts with: each ladder stage, each RFM segment, core customers at risk, the
 * customers who lose money, and upcoming anniversaries. {@code key} is stable (it appears in addresses);
 * {@code labelKey} and {@code labelArgument} name it in the user's language.
 */
public record PredefinedSegment(String key, String labelKey, String labelArgument, SegmentFilter filter) {

    public static final int ANNIVERSARY_DAYS = 14;

    public static List<PredefinedSegment> all() {
        List<PredefinedSegment> all = new ArrayList<>();
        for (LadderStage stage : LadderStage.values()) {
            all.add(new PredefinedSegment("stage-" + stage.name().toLowerCase(), "stage." + stage.name(), "",
                    SegmentFilter.EVERYONE.withStages(Set.of(stage))));
        }
        for (RfmSegment segment : RfmSegment.values()) {
            all.add(new PredefinedSegment("rfm-" + segment.name().toLowerCase().replace('_', '-'),
                    "segment." + segment.name(), "", SegmentFilter.EVERYONE.withRfmSegments(Set.of(segment))));
        }
        all.add(new PredefinedSegment("core-at-risk", "segments.coreAtRisk", "",
                SegmentFilter.EVERYONE.withStages(Set.of(LadderStage.CORE)).withAtRisk()));
        all.add(new PredefinedSegment("negative-contribution", "segments.negative", "",
                SegmentFilter.EVERYONE.withNegativeContribution()));
        all.add(new PredefinedSegment("anniversaries", "segments.anniversaries", String.valueOf(ANNIVERSARY_DAYS),
                SegmentFilter.EVERYONE.withAnniversaryWithin(ANNIVERSARY_DAYS)));
        return List.copyOf(all);
    }

    public static Optional<PredefinedSegment> byKey(String key) {
        return all().stream().filter(segment -> segment.key().equals(key)).findFirst();
    }
}
