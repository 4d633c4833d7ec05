package io.dangol.crm.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** Tallies kept in this process only, for tests (crm-web's slices use it from this module's test jar). */
public final class InMemoryTallies implements Tallies {

    private final Map<String, Tally> tallies = new TreeMap<>();

    @Override
    public synchronized List<Tally> change(List<String> keys, BiFunction<String, Tally, Tally> change) {
        return keys.stream().map(key -> {
            Tally changed = change.apply(key, tallies.getOrDefault(key, Tally.NONE));
            tallies.put(key, changed);
            return changed;
        }).toList();
    }

    @Override
    public synchronized List<Tally> read(List<String> keys) {
        return keys.stream().map(key -> tallies.getOrDefault(key, Tally.NONE)).toList();
    }

    @Override
    public synchronized void forget(List<String> keys) {
        keys.forEach(tallies::remove);
    }

    @Override
    public synchronized long forgetBefore(Instant instant) {
        int before = tallies.size();
        tallies.values().removeIf(t -> t.at().isBefore(instant) && t.until().map(instant::isAfter).orElse(true));
        return before - tallies.size();
    }
}
