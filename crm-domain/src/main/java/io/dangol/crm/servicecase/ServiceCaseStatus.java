package io.dangol.crm.servicecase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an after-sales case stands: new (nobody took it up), open (being worked on), waiting on the customer,
 * resolved (the answer is given), closed (with an outcome and its cost). A resolved or closed case can be reopened.
 */
public enum ServiceCaseStatus {
    NEW, OPEN, WAITING, RESOLVED, CLOSED;

    /** The states a case may move to from this one by {@link MoveCase}; closing goes through {@link CloseCase}. */
    public Set<ServiceCaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING, RESOLVED);
            case OPEN -> EnumSet.of(WAITING, RESOLVED);
            case WAITING -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(ServiceCaseStatus to) {
        return next().contains(to);
    }

    /** Still to be worked on: counts against the due times and as an open complaint for the churn radar. */
    public boolean active() {
        return this != RESOLVED && this != CLOSED;
    }
}
