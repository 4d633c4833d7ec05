package io.dangol.crm.customer;

import java.time.Period;

/**
 * How old a verification may be before a contact point is marked stale; how far ahead moments are shown; how
 * recent a purchase must be for its product never to be recommended.
 */
public record CustomerPageSettings(Period staleAfter, int momentDays, int recentPurchaseDays) {

    public CustomerPageSettings {
        if (staleAfter.isNegative() || staleAfter.isZero() || momentDays < 1 || momentDays > 366 || recentPurchaseDays < 0) {
            throw new IllegalArgumentException("sales settings: stale after " + staleAfter + ", moments " + momentDays);
        }
    }
}
