package io.dangol.crm.ladder;

/** The rule that put a customer on their stage; kept in the ladder history with each change. */
public enum LadderRule {
    NO_PURCHASE, NO_VERIFIED_CONTACT, NO_CONTACT_POINT, NOT_TOP_PROFIT, RELATIONSHIP_TOO_SHORT, OVERDUE, NO_ADVOCACY,
    CORE_QUALIFIED
}
