package io.dangol.crm.consent;

/** What a consent is for: marketing messages, profiling (recommendations, anniversaries), service. */
public enum ConsentPurpose {
    MARKETING, PROFILING, SERVICE
}
