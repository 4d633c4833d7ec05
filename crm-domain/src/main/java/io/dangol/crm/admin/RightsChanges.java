package io.dangol.crm.admin;

import io.dangol.crm.shared.WritePort;

/** Where changes of users' rights are appended; never updated or deleted. */
@WritePort
public interface RightsChanges extends RightsHistory {

    void record(RightsChange change);
}
