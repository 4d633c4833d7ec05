package io.dangol.crm.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When two records of one person become one, each channel and purpose ends in the stricter of their two current
 * decisions: a withdrawal on either record outlives a consent on the other, whichever came later — the person said
 * no, and the merge must not say yes for them. Both histories are kept; where the latest decision of the merged
 * history is not the stricter one, a decision is added at the merge so the current state is.
 */
public final class StricterConsent {

    /** A channel and a purpose. */
    public record Key(ConsentChannel channel, ConsentPurpose purpose) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Comparator.comparing(Key::channel).thenComparing(Key::purpose).compare(this, other);
        }
    }

    /** A record's current decision for one channel and purpose. */
    public record Decision(ConsentStatus status, Instant at) { }

    /**
     * What the merge does for one channel and purpose: the two records' current decisions (empty where none), the
     * state after, and whether a decision must be added for it to be the current one.
     */
    public record Outcome(Key key, Optional<Decision> survivor, Optional<Decision> merged, ConsentStatus after,
                          boolean added) { }

    private StricterConsent() {
    }

    public static List<Outcome> of(Map<Key, Decision> survivor, Map<Key, Decision> merged) {
        TreeSet<Key> keys = new TreeSet<>(survivor.keySet());
        keys.addAll(merged.keySet());
        List<Outcome> outcomes = new ArrayList<>();
        for (Key key : keys) {
            Optional<Decision> a = Optional.ofNullable(survivor.get(key));
            Optional<Decision> b = Optional.ofNullable(merged.get(key));
            boolean withdrawn = a.filter(d -> d.status() == ConsentStatus.WITHDRAWN).isPresent()
                    || b.filter(d -> d.status() == ConsentStatus.WITHDRAWN).isPresent();
            ConsentStatus after = withdrawn ? ConsentStatus.WITHDRAWN : ConsentStatus.GRANTED;
            Decision latest = a.isEmpty() ? b.get() : b.isEmpty() ? a.get()
                    : b.get().at().isAfter(a.get().at()) ? b.get() : a.get();
            outcomes.add(new Outcome(key, a, b, after, latest.status() != after));
        }
        return outcomes;
    }
}
