package io.dangol.crm.retention;

import io.dangol.crm.campaign.ControlGroup;
import java.time.Duration;

/**
 * The share of newly flagged core customers held out of the worklist, so the company learns whether retention calls
 * work: held-out customers get no case (and so no call) for {@link #PERIOD}, and are compared with the worked ones.
 */
public record RetentionHoldOut(int percent) {

    public static final Duration PERIOD = Duration.ofDays(90);

    public RetentionHoldOut {
        if (percent < 0 || percent > ControlGroup.MAX_PERCENT) {
            throw new IllegalArgumentException("the hold-out is 0 to " + ControlGroup.MAX_PERCENT + " %");
        }
    }

    /** The run's draw: the same for a run whichever instance computes it. */
    public ControlGroup forRun(long runId) {
        return new ControlGroup(percent, runId);
    }
}
