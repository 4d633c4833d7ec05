package io.dangol.crm.campaign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The share of a campaign's population held out as a control group, and the seed it is drawn from. The draw is
 * stratified: within each stratum (ladder stage and RFM segment) the members are ordered by a key drawn from the seed
 * and the customer number, and the first {@link #heldOutOf} of them are held out. The same seed and population give the
 * same control group; the database draws it set-based with the same key (the first 64 bits of the MD5 of
 * {@code seed:customerId}), and a test holds the two to each other.
 */
public record ControlGroup(int percent, long seed) {

    public static final int MAX_PERCENT = 50;

    /** No control group: everyone is touched (an admin's choice for a campaign that must reach all). */
    public static ControlGroup none() {
        return new ControlGroup(0, 0);
    }

    public ControlGroup {
        if (percent < 0 || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("a control group is 0 to " + MAX_PERCENT + " % of the campaign");
        }
    }

    /** A member of the population: the customer and the stratum it is drawn in. */
    public record Member(long customerId, String stratum) { }

    /** How many of a stratum of {@code size} are held out: the share, rounded half up. */
    public long heldOutOf(long size) {
        return (size * percent + 50) / 100;
    }

    /** The held-out customers of a population. */
    public Set<Long> choose(Collection<Member> population) {
        Map<String, List<Member>> strata = new LinkedHashMap<>();
        population.forEach(m -> strata.computeIfAbsent(m.stratum(), s -> new ArrayList<>()).add(m));
        Set<Long> heldOut = new HashSet<>();
        Comparator<Member> order = Comparator.comparingLong((Member m) -> drawKey(seed, m.customerId()))
                .thenComparingLong(Member::customerId);
        strata.values().forEach(members -> members.stream().sorted(order).limit(heldOutOf(members.size()))
                .forEach(m -> heldOut.add(m.customerId())));
        return heldOut;
    }

    /** The customer's place in the draw of this seed: a uniform 64-bit number, the same wherever it is computed. */
    public static long drawKey(long seed, long customerId) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((seed + ":" + customerId).getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
