package io.dangol.crm.shared;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Where the tallies live that every app instance must agree on — in the database, so that a second instance behind
 * the load balancer counts the same sign-in failures and API requests as the first.
 */
@WritePort
public interface Tallies {

    /**
     * Changes the tallies of these keys at once, each under a lock every instance respects (taken in the keys' order,
     * so two callers never wait on each other in a circle): {@code change} gets the key and its tally
     * ({@link Tally#NONE} when there is none) and returns the new one. Returns the new tallies in the keys' order.
     */
    List<Tally> change(List<String> keys, BiFunction<String, Tally, Tally> change);

    /** The tallies of these keys in their order, {@link Tally#NONE} where there is none. */
    List<Tally> read(List<String> keys);

    void forget(List<String> keys);

    /** Forgets every tally counted last before this instant and holding nothing back after it; returns how many. */
    long forgetBefore(Instant instant);
}
