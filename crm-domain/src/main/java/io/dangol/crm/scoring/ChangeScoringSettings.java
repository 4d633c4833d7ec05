package io.dangol.crm.scoring;

import java.util.List;

/** An admin changes the scoring settings: saved only when they hold together ({@link ScoringSettings#problems()}). */
public final class ChangeScoringSettings {

    private final ScoringSettingsStore store;

    public ChangeScoringSettings(ScoringSettingsStore store) {
        this.store = store;
    }

    /** The problems (message codes) with nothing saved, or none when saved. */
    public List<String> handle(ScoringSettings settings, String by) {
        List<String> problems = settings.problems();
        if (problems.isEmpty()) {
            store.save(settings, by);
        }
        return problems;
    }
}
