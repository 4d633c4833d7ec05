package io.dangol.crm.segment;

import java.util.Locale;
import java.util.Optional;

/** The orders a segment's customer list can be read in; ties are always broken by customer id. */
public enum SegmentSort {
    CLV, P_ALIVE, LAST_PURCHASE, PROFIT, STAGE, RFM;

    public static Optional<SegmentSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
