package io.dangol.crm.scoring;

/**
 * The named RFM segments, from recency R (rows) and FM = ⌈(F + M) / 2⌉ (columns); docs/scoring.md has the
 * table:
 * <pre>
 *        FM=1           FM=2               FM=3               FM=4             FM=5
 *  R=5   New            Promising          Potential Loyalist Champions        Champions
 *  R=4   Promising      Potential Loyalist Potential Loyalist Loyal            Champions
 *  R=3   About to Sleep Need Attention     Need Attention     Loyal            Loyal
 *  R=2   Hibernating    Hibernating        At Risk            At Risk          Can't Lose Them
 *  R=1   Lost           Lost               Hibernating        At Risk          Can't Lose Them
 * </pre>
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE_THEM,
    HIBERNATING, LOST;

    private static final RfmSegment[][] MAP = {
        /* R=1 */ {LOST, LOST, HIBERNATING, AT_RISK, CANT_LOSE_THEM},
        /* R=2 */ {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        /* R=3 */ {ABOUT_TO_SLEEP, NEED_ATTENTION, NEED_ATTENTION, LOYAL, LOYAL},
        /* R=4 */ {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, CHAMPIONS},
        /* R=5 */ {NEW, PROMISING, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},
    };

    public static RfmSegment of(int r, int f, int m) {
        requireScore(r);
        requireScore(f);
        requireScore(m);
        int fm = (f + m + 1) / 2;
        return MAP[r - 1][fm - 1];
    }

    private static void requireScore(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("an RFM score is 1 to 5, not " + score);
        }
    }
}
