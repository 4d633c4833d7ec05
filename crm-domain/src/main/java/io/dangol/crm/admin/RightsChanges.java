package io.dangol.crm.admin;

import java.util.List;

/** The record of every change of users' rights; append only. */
public interface RightsChanges {

    void record(RightsChange change);

    List<RightsChange> latest(int limit);
}
