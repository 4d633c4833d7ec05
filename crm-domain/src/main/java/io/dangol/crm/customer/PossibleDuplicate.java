package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import java.util.Set;

/** A customer on record who may be the one being registered, and why it seems so. */
public record PossibleDuplicate(CustomerId id, String name, LadderStage stage, Set<Evidence> evidence) {

    /** What they share with the new customer. */
    public enum Evidence {
        /** the same phone number */
        PHONE,
        /** the same e-mail address */
        EMAIL,
        /** a name like theirs and the same birthday */
        NAME_AND_BIRTHDAY
    }

    public PossibleDuplicate {
        evidence = Set.copyOf(evidence);
    }
}
