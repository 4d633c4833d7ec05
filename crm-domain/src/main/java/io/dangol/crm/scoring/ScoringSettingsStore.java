package io.dangol.crm.scoring;

import io.dangol.crm.shared.WritePort;

/** Where the scoring settings live (the database), with who changed them last; {@link ChangeScoringSettings} writes. */
@WritePort
public interface ScoringSettingsStore extends CurrentScoringSettings {

    void save(ScoringSettings settings, String changedBy);
}
