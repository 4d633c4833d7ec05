package io.dangol.crm.retention;

import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import java.time.Clock;

/**
 * At the end of every successful scoring run, a case opens for each core customer the churn radar newly flagged,
 * so that the worklist is ready when sales opens it (a page view never writes) — except the hold-out share an admin
 * set, who get no case for 90 days so that retention calls can be measured against them.
 */
public final class OpenRetentionCases implements ScoringListener {

    private final RetentionCases cases;
    private final RetentionSettings settings;
    private final Clock clock;

    public OpenRetentionCases(RetentionCases cases, RetentionSettings settings, Clock clock) {
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many cases were opened (the held out get none). */
    public int handle() {
        return cases.openNewCases(clock.instant(), settings.current());
    }

    @Override
    public void runFinished(ScoringRun run) {
        if (run.status() == ScoringStatus.SUCCEEDED) {
            handle();
        }
    }
}
