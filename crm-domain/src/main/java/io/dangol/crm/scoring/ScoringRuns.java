package io.dangol.crm.scoring;

import java.util.List;
import java.util.Optional;

/** The record of scoring runs. */
public interface ScoringRuns {

    List<ScoringRun> latest(int limit);

    Optional<ScoringRun> find(long id);

    Optional<ScoringRun> running();
}
