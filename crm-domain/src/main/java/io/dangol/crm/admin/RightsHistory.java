package io.dangol.crm.admin;

import java.util.List;

/** The record of every change of users' rights, newest first. */
public interface RightsHistory {

    List<RightsChange> latest(int limit);
}
