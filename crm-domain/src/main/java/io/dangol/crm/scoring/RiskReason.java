package io.dangol.crm.scoring;

/** Why the churn radar flags a customer, in the order they are shown. */
public enum RiskReason {
    /** The BG/NBD probability of still being active fell below the threshold. */
    LOW_P_ALIVE,
    /** Silent for longer than their own rhythm allows. */
    OVERDUE,
    /** Returned something in the last 90 days. */
    RECENT_RETURNS,
    /** A complaint is open, or was made in the last 90 days. */
    COMPLAINTS,
    /** Gave negative feedback in the last 180 days, or negative feedback of the last year is still unresolved. */
    NEGATIVE_FEEDBACK,
    /** Nobody has talked with them for longer than the setting allows. */
    NO_RECENT_CONTACT
}
