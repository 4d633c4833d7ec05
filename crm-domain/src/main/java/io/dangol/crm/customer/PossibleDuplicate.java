package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import java.util.Set;

/** A customer on record who may be the one being registered, and why it seems so. */
public record PossibleDuplicate(CustomerId id, String name, LadderStage stage, Set<Evidence> evidence) {

    /**
     * What two records share, each worth a weight toward the pair's score (see {@link DuplicatePair#score}): alone,
     * a shared phone or e-mail, or a similar name with the same full birthday or postal address, makes two records a
     * candidate pair; the weaker evidence only adds to a pair found otherwise.
     */
    public enum Evidence {
        /** the same phone number */
        PHONE(0.8),
        /** the same e-mail address */
        EMAIL(0.8),
        /** a name like theirs and the same birthday, year included where both have one */
        NAME_AND_BIRTHDAY(0.7),
        /** a name like theirs and the same postal address */
        NAME_AND_ADDRESS(0.6),
        /** names alike (Hangul compared letter by letter, spaces and "(주)" ignored) */
        SIMILAR_NAME(0.4),
        /** the same day and month of birth, a year missing on one side */
        BIRTH_DAY(0.3),
        /** phone numbers ending in the same four digits */
        PHONE_DIGITS(0.3);

        private final double weight;

        Evidence(double weight) {
            this.weight = weight;
        }

        /** How much this alone says two records are one person, between 0 and 1. */
        public double weight() {
            return weight;
        }
    }

    public PossibleDuplicate {
        evidence = Set.copyOf(evidence);
    }
}
