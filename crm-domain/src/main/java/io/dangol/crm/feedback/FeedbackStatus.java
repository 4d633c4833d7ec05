package io.dangol.crm.feedback;

import java.util.EnumSet;
import java.util.Set;

/** Where an item of the inbox stands: new, assigned to a person or a department, answered, resolved (and reopened). */
public enum FeedbackStatus {
    NEW, ASSIGNED, ANSWERED, RESOLVED;

    /** The states an item may be moved to by hand; assigning and answering move it as a side effect. */
    public Set<FeedbackStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, ANSWERED, RESOLVED);
            case ASSIGNED -> EnumSet.of(NEW, ANSWERED, RESOLVED);
            case ANSWERED -> EnumSet.of(ASSIGNED, RESOLVED);
            case RESOLVED -> EnumSet.of(NEW);
        };
    }

    public boolean canMoveTo(FeedbackStatus to) {
        return next().contains(to);
    }

    public boolean open() {
        return this != RESOLVED;
    }
}
