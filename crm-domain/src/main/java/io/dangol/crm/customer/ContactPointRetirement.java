package io.dangol.crm.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a contact point is no longer used. Its row and history stay; no campaign, search, API answer or duplicate
 * match uses it again.
 */
public enum ContactPointRetirement {
    /** the customer no longer uses it */
    RETIRED(EnumSet.allOf(ContactPointKind.class)),
    /** they moved: the address is no longer theirs */
    MOVED(EnumSet.of(ContactPointKind.POSTAL)),
    /** they have another number now */
    NUMBER_CHANGED(EnumSet.of(ContactPointKind.PHONE)),
    /** mail to it came back */
    BOUNCED(EnumSet.of(ContactPointKind.EMAIL)),
    /** the number does not reach them */
    UNREACHABLE(EnumSet.of(ContactPointKind.PHONE));

    private final Set<ContactPointKind> kinds;

    ContactPointRetirement(Set<ContactPointKind> kinds) {
        this.kinds = kinds;
    }

    public boolean appliesTo(ContactPointKind kind) {
        return kinds.contains(kind);
    }

    public static java.util.List<ContactPointRetirement> forKind(ContactPointKind kind) {
        return java.util.Arrays.stream(values()).filter(r -> r.appliesTo(kind)).toList();
    }
}
