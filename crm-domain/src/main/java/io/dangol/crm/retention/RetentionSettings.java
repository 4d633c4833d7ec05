package io.dangol.crm.retention;

import io.dangol.crm.shared.WritePort;

/** Where the retention hold-out share is kept; {@link ChangeRetentionHoldOut} changes it. */
@WritePort
public interface RetentionSettings extends CurrentRetentionHoldOut {

    void save(RetentionHoldOut holdOut, String by);
}
