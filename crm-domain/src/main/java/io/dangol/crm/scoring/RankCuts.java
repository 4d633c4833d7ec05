package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderPolicy;

/**
 * The ranks among {@code buyers} at which a buyer's scores change, for each of the four orderings the job ranks by:
 * where the R, F and M quintiles step up ({@link QuintileScorer#steps}), and the first place after the core share by
 * profit ({@link LadderPolicy#corePlaces}). A buyer's rank matters only as the highest of these cuts it reaches, so
 * the job finds the buyers standing at the cuts ({@link CutPlaces}) instead of ranking every buyer four times.
 */
public record RankCuts(long buyers, long[] quintiles, long[] profit) {

    /** @return the quintile steps (the same for R, F and M) and the first place after the core share, where they exist */
    public static RankCuts of(long buyers, LadderPolicy ladder) {
        long afterCore = ladder.corePlaces(buyers) + 1;
        return new RankCuts(buyers, QuintileScorer.steps(buyers), afterCore <= buyers ? new long[] {afterCore} : new long[0]);
    }
}
