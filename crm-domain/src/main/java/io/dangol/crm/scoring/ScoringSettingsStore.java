package io.dangol.crm.scoring;

/** Where the scoring settings live (the database), with who changed them last. */
public interface ScoringSettingsStore {

    ScoringSettings current();

    void save(ScoringSettings settings, String changedBy);
}
