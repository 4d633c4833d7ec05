package io.dangol.crm.scoring;

public enum ScoringStatus {
    RUNNING, SUCCEEDED, FAILED
}
