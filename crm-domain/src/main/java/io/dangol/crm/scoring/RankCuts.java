package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderPolicy;

/**
 * The ranks among {@code buyers} at which a buyer's scores change, for each of the four orderings the job ranks by:
 * where the R, F and M quintiles step up ({@link QuintileScorer#steps}), and the first place after the core share by
 * profit ({@link LadderPolicy#corePlaces}). A buyer's rank matters only as the highest of these cuts it reaches, so
 * the job finds the buyers standing at the cuts ({@link CutPlaces}) instead of ranking every buyer four times.
 */
public record RankCuts(long buyers, long[] recency, long[] frequency, long[] monetary, long[] profit) {

    public static RankCuts of(long buyers, LadderPolicy ladder) {
        long[] quintiles = QuintileScorer.steps(buyers);
        long afterCore = ladder.corePlaces(buyers) + 1;
        return new RankCuts(buyers, quintiles, quintiles.clone(), quintiles.clone(),
                afterCore <= buyers ? new long[] {afterCore} : new long[0]);
    }
}
