package io.dangol.crm.importing;

import java.util.Optional;

/** What writing one record did: inserted, updated, nothing (it was already so), or rejected with the reason. */
public record RecordWrite(Outcome outcome, Optional<Rejection> rejection) {

    public enum Outcome {
        INSERTED, UPDATED, UNCHANGED, REJECTED
    }

    public static RecordWrite of(Outcome outcome) {
        return new RecordWrite(outcome, Optional.empty());
    }

    public static RecordWrite rejected(Rejection rejection) {
        return new RecordWrite(Outcome.REJECTED, Optional.of(rejection));
    }
}
