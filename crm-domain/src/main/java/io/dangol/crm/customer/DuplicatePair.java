package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.util.Set;

/**
 * Two customers on record who may be one person, with what they share and a score: one minus the product of one
 * minus each evidence's weight ({@code 1 − Π(1 − wᵢ)}), so each piece of evidence adds to the others without the score
 * ever reaching 1. A pair is proposed when the two share a phone or an e-mail, or have names alike and the same full
 * birthday or postal address; the weaker evidence only raises the score of a pair found so.
 */
public record DuplicatePair(Side first, Side second, double score, Set<PossibleDuplicate.Evidence> evidence) {

    /**
     * Names are alike at this trigram similarity or more, compared on their letters — Hangul decomposed into jamo (NFD),
     * so 김민준 and 김민중 share most trigrams — after spaces, punctuation and "(주)" are taken out.
     */
    public static final double NAMES_ALIKE = 0.55;

    /** One of the two: its id here, its name, and the id its source system gave it (empty if made in Dangol). */
    public record Side(CustomerId id, String name, String sourceSystem, String externalId) {

        /** {@code pos:C-1001}, or {@code dangol:42} for a customer made in Dangol. */
        public String sourceId() {
            return externalId == null || externalId.isEmpty() ? "dangol:" + id.value() : sourceSystem + ":" + externalId;
        }
    }

    public DuplicatePair {
        evidence = Set.copyOf(evidence);
    }

    public static double score(Set<PossibleDuplicate.Evidence> evidence) {
        double none = 1;
        for (PossibleDuplicate.Evidence e : evidence) {
            none *= 1 - e.weight();
        }
        return 1 - none;
    }
}
