package io.dangol.crm.customer;

/** Why a customer's personal data was erased — the tombstone keeps only this, never who they were. */
public enum ErasureReason {
    /** they asked (PIPA art. 36, GDPR art. 17) */
    CUSTOMER_REQUEST,
    /** the retention period without activity is over */
    RETENTION_PERIOD_OVER,
    /** they withdrew the consent their data was kept on */
    CONSENT_WITHDRAWN
}
