package io.dangol.crm.segment;

/** A change to a saved segment that is not allowed; {@code reason} names why, for the user's message. */
public class SegmentRefused extends RuntimeException {

    public enum Reason { NOT_FOUND, NOT_YOURS, NAME_MISSING, NAME_TOO_LONG, NAME_TAKEN }

    private final Reason reason;

    public SegmentRefused(Reason reason) {
        super("segment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
