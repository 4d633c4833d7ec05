package io.dangol.crm.retention;

import io.dangol.crm.shared.Codes;
import java.time.Clock;
import java.util.Optional;

/** Moves a retention case to another status (contacted, retained, lost, or back to open). */
public final class ChangeRetentionStatus {

    public record Command(long caseId, String status, String by) { }

    private final RetentionCases cases;
    private final Clock clock;

    public ChangeRetentionStatus(RetentionCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** False when the status is not one of ours or there is no such case. */
    public boolean handle(Command command) {
        Optional<RetentionStatus> to = Codes.parse(RetentionStatus.class, command.status());
        return to.isPresent() && cases.setStatus(command.caseId(), to.get(), command.by(), clock.instant());
    }
}
