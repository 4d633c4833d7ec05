package io.dangol.crm.importing;

import java.util.Optional;

/**
 * The end of an import: its report when the file was read, or the reason the whole file was refused (a message
 * code such as {@code import.refused.header}, and what it is about).
 */
public record ImportOutcome(long runId, Optional<ImportReport> report, Optional<String> refusal, String refusalDetail) {

    public static ImportOutcome done(ImportReport report) {
        return new ImportOutcome(report.run().id(), Optional.of(report), Optional.empty(), "");
    }

    public static ImportOutcome refused(long runId, String reason, String detail) {
        return new ImportOutcome(runId, Optional.empty(), Optional.of(reason), detail);
    }

    public boolean isRefused() {
        return refusal.isPresent();
    }
}
