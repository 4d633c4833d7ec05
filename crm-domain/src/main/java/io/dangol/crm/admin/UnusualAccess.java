package io.dangol.crm.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The access log's alerts (PIPA safety standard art. 8: the log is reviewed for misuse). A member of staff is flagged
 * when they saw — or exported — more than {@code factor} times as many distinct customers as the median of the other
 * staff, and at least {@code floor} customers (so a quiet month does not flag the one person who worked); and when
 * they wrote any entry at night. API tokens are channel systems: they are neither flagged nor anyone's peers.
 */
public final class UnusualAccess {

    private final double factor;
    private final long floor;

    public UnusualAccess(double factor, long floor) {
        if (!(factor > 1)) {
            throw new IllegalArgumentException("factor must be above 1");
        }
        if (floor < 1) {
            throw new IllegalArgumentException("floor is at least 1");
        }
        this.factor = factor;
        this.floor = floor;
    }

    public static UnusualAccess defaults() {
        return new UnusualAccess(3.0, 100);
    }

    /** The alerts of one period, the largest first within each kind. */
    public List<AccessAlert> find(List<UserAccess> usage) {
        List<UserAccess> staff = usage.stream().filter(UserAccess::isStaff).toList();
        List<AccessAlert> alerts = new ArrayList<>();
        alerts.addAll(outliers(staff, AccessAlert.Kind.VOLUME, UserAccess::customers));
        alerts.addAll(outliers(staff, AccessAlert.Kind.EXPORTS, UserAccess::exported));
        staff.stream().filter(u -> u.atNight() > 0).sorted(Comparator.comparingLong(UserAccess::atNight).reversed())
                .forEach(u -> alerts.add(new AccessAlert(u.username(), AccessAlert.Kind.NIGHT, u.atNight(), 0)));
        return alerts;
    }

    private List<AccessAlert> outliers(List<UserAccess> staff, AccessAlert.Kind kind, ToLongFunction<UserAccess> figure) {
        List<AccessAlert> found = new ArrayList<>();
        for (UserAccess user : staff) {
            long mine = figure.applyAsLong(user);
            if (mine < floor) {
                continue;
            }
            long median = median(staff.stream().filter(peer -> peer != user).mapToLong(figure).sorted().toArray());
            if (mine > factor * median) {
                found.add(new AccessAlert(user.username(), kind, mine, median));
            }
        }
        found.sort(Comparator.comparingLong(AccessAlert::figure).reversed());
        return found;
    }

    /** The median of sorted figures (the lower middle for an even count; 0 when nobody else worked). */
    static long median(long[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(sorted.length - 1) / 2];
    }
}
