package io.dangol.crm.customer;

import java.time.Period;

/**
 * How long Dangol keeps things before asking again or letting go: marketing consent is re-confirmed to the customer
 * after {@code reconfirmAfter} (two years under 정보통신망법 시행령 제62조의3); customers without any activity for
 * {@code inactiveAfter} are listed for review and erasure; raw rejected import rows (names, phones as typed) are
 * purged after {@code rejectedRowsFor}.
 */
public record PrivacySettings(Period reconfirmAfter, Period inactiveAfter, Period rejectedRowsFor) {

    public PrivacySettings {
        for (Period p : new Period[] {reconfirmAfter, inactiveAfter, rejectedRowsFor}) {
            if (p == null || p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("privacy settings need positive periods: " + reconfirmAfter + ", "
                        + inactiveAfter + ", " + rejectedRowsFor);
            }
        }
    }
}
