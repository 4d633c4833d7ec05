package io.dangol.crm.retention;

import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import java.time.Clock;

/**
 * At the end of every successful scoring run, a case opens for each core customer the churn radar newly flagged,
 * so that the worklist is ready when sales opens it (a page view never writes).
 */
public final class OpenRetentionCases implements ScoringListener {

    private final RetentionCases cases;
    private final Clock clock;

    public OpenRetentionCases(RetentionCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Returns how many cases were opened. */
    public int handle() {
        return cases.openNewCases(clock.instant());
    }

    @Override
    public void runFinished(ScoringRun run) {
        if (run.status() == ScoringStatus.SUCCEEDED) {
            handle();
        }
    }
}
