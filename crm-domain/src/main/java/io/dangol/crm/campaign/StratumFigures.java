package io.dangol.crm.campaign;

import io.dangol.crm.ladder.LadderStage;
import java.util.Optional;

/** One group of one stratum of a campaign — the members of a ladder stage and RFM segment, touched or held out. */
public record StratumFigures(LadderStage stage, Optional<String> segment, boolean heldOut, GroupFigures figures) {
}
