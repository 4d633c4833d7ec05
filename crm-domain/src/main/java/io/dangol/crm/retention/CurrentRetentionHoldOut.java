package io.dangol.crm.retention;

/** The retention hold-out share as it is now. */
public interface CurrentRetentionHoldOut {

    RetentionHoldOut current();
}
