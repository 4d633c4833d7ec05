package io.dangol.crm.importing;

/** The state of an import run. */
public enum ImportStatus {
    RUNNING, SUCCEEDED, FAILED
}
