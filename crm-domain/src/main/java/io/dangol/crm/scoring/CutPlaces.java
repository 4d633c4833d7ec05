package io.dangol.crm.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A buyer's place along one ordering of all buyers (by a key, ties broken by customer id), exact where it decides a
 * score: the highest of the cut ranks the buyer reaches, or 1 below them all. It is given, for each cut, the key of
 * the buyer standing at that rank and how many buyers come before that key; it is then shown every buyer once, in
 * ascending customer id, and counts the buyers that tie with a cut's key as they pass — the first
 * {@code rank − before} of them (by id) are before or at the cut. Constant memory, whatever the number of buyers.
 *
 * @param <K> the key, in the ordering's direction by {@code order}
 */
public final class CutPlaces<K> {

    /** The key of the buyer at {@code rank} (1-based) and how many buyers' keys come strictly before it. */
    public record Cut<K>(long rank, K key, long before) {
    }

    private final Comparator<? super K> order;
    private final List<Cut<K>> cuts;
    private final long[] tiesSeen;

    /** @param cuts in ascending rank (their keys then ascend in {@code order}) */
    public CutPlaces(Comparator<? super K> order, List<Cut<K>> cuts) {
        for (int i = 1; i < cuts.size(); i++) {
            if (cuts.get(i).rank() < cuts.get(i - 1).rank() || order.compare(cuts.get(i).key(), cuts.get(i - 1).key()) < 0) {
                throw new IllegalArgumentException("cuts must ascend in rank and key: " + cuts);
            }
        }
        this.order = order;
        this.cuts = List.copyOf(cuts);
        this.tiesSeen = new long[cuts.size()];
    }

    /** The next buyer's place: call once for every buyer, in ascending customer id. */
    public long place(K key) {
        long place = 1;
        for (int i = 0; i < tiesSeen.length; i++) {
            Cut<K> cut = cuts.get(i);
            int side = order.compare(key, cut.key());
            if (side < 0) {
                break; // before this cut's key, so before every later cut's too
            }
            if (side > 0 || cut.before() + ++tiesSeen[i] >= cut.rank()) {
                place = cut.rank();
            }
        }
        return place;
    }

    @Override
    public String toString() {
        return "CutPlaces" + cuts + " ties seen " + Arrays.toString(tiesSeen);
    }
}
