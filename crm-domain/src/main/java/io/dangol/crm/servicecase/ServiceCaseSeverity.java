package io.dangol.crm.servicecase;

/** How bad a case is; each severity has its own due times ({@link DueTimes}). */
public enum ServiceCaseSeverity {
    LOW, NORMAL, HIGH, URGENT
}
