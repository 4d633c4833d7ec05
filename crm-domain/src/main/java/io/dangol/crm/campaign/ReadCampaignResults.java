package io.dangol.crm.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A campaign's results over a window of 1 to 365 days after its export; a window that has not ended yet is measured up
 * to now and said to be incomplete.
 */
public final class ReadCampaignResults {

    public static final int MAX_WINDOW_DAYS = 365;
    /** The window the campaigns list and the dashboard use. */
    public static final int HEADLINE_DAYS = 30;

    private final CampaignExports exports;
    private final CampaignOutcomes outcomes;
    private final CurrentCampaignSettings settings;
    private final Clock clock;

    public ReadCampaignResults(CampaignExports exports, CampaignOutcomes outcomes, CurrentCampaignSettings settings, Clock clock) {
        this.exports = exports;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    /** Empty when there is no such export; the window is clamped to 1 to 365 days. */
    public Optional<CampaignResult> handle(long exportId, int windowDays) {
        return exports.find(exportId).map(export -> result(export, Math.max(1, Math.min(MAX_WINDOW_DAYS, windowDays))));
    }

    private CampaignResult result(CampaignExport export, int days) {
        Instant now = clock.instant();
        Instant end = export.at().plus(Duration.ofDays(days));
        boolean complete = !end.isAfter(now);
        Instant to = complete ? end : now;
        List<StratumFigures> strata = outcomes.figures(export.id(), export.at(), to, settings.current().fatigueDays());
        return new CampaignResult(export, days, export.at(), to, complete, total(strata, false), total(strata, true),
                breakdown(strata, s -> s.segment().map(code -> "segment." + code).orElse("segment.none"), true),
                breakdown(strata, s -> "stage." + s.stage().name(), false));
    }

    private static GroupFigures total(List<StratumFigures> strata, boolean heldOut) {
        return strata.stream().filter(s -> s.heldOut() == heldOut).map(StratumFigures::figures)
                .reduce(GroupFigures.NONE, GroupFigures::plus);
    }

    /** The strata summed by a label: the largest first, or in the order of the ladder from the top. */
    private static List<CampaignResult.Breakdown> breakdown(List<StratumFigures> strata, Function<StratumFigures, String> label,
                                                            boolean largestFirst) {
        Map<String, GroupFigures[]> byLabel = new LinkedHashMap<>();
        strata.stream().sorted((a, b) -> Integer.compare(b.stage().ordinal(), a.stage().ordinal())).forEach(s -> {
            GroupFigures[] pair = byLabel.computeIfAbsent(label.apply(s), k -> new GroupFigures[] {GroupFigures.NONE, GroupFigures.NONE});
            int i = s.heldOut() ? 1 : 0;
            pair[i] = pair[i].plus(s.figures());
        });
        List<CampaignResult.Breakdown> rows = new ArrayList<>();
        byLabel.forEach((key, pair) -> rows.add(new CampaignResult.Breakdown(key, pair[0], pair[1])));
        if (largestFirst) {
            rows.sort((a, b) -> Long.compare(b.treated().customers() + b.control().customers(),
                    a.treated().customers() + a.control().customers()));
        }
        return rows;
    }
}
