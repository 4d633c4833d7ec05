package io.dangol.crm.retention;

/** Where a retention case stands: open (nobody reached them yet), contacted, retained (they came back), lost. */
public enum RetentionStatus {
    OPEN, CONTACTED, RETAINED, LOST;

    public boolean isClosed() {
        return this == RETAINED || this == LOST;
    }
}
