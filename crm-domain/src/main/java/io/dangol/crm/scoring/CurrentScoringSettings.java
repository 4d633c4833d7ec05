package io.dangol.crm.scoring;

/** The scoring settings as they are now. */
public interface CurrentScoringSettings {

    ScoringSettings current();
}
