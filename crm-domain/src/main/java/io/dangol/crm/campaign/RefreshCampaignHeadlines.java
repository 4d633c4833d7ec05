package io.dangol.crm.campaign;

import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After each successful scoring run, the headline of every campaign exported in the last 120 days is measured again
 * over its first {@value ReadCampaignResults#HEADLINE_DAYS} days (or the days so far), so the campaigns list and the
 * marketing dashboard show lift and withdrawals without measuring on every visit.
 */
public final class RefreshCampaignHeadlines implements ScoringListener {

    static final Duration LOOK_BACK = Duration.ofDays(120);

    private final ReadCampaignResults results;
    private final CampaignOutcomes outcomes;
    private final CampaignHeadlines headlines;
    private final Clock clock;

    public RefreshCampaignHeadlines(ReadCampaignResults results, CampaignOutcomes outcomes, CampaignHeadlines headlines,
                                    Clock clock) {
        this.results = results;
        this.outcomes = outcomes;
        this.headlines = headlines;
        this.clock = clock;
    }

    @Override
    public void runFinished(ScoringRun run) {
        if (run.status() == ScoringStatus.SUCCEEDED) {
            refresh();
        }
    }

    /** Measures the recent campaigns' headlines now; returns how many. */
    public int refresh() {
        Instant now = clock.instant();
        int refreshed = 0;
        for (long id : outcomes.exportsSince(now.minus(LOOK_BACK))) {
            Optional<CampaignResult> result = results.handle(id, ReadCampaignResults.HEADLINE_DAYS);
            if (result.isPresent()) {
                headlines.save(CampaignHeadline.of(result.get(), now));
                refreshed++;
            }
        }
        return refreshed;
    }
}
