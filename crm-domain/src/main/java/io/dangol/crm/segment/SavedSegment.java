package io.dangol.crm.segment;

import java.time.Instant;

/** A filter saved under a name: private to its owner unless shared with everyone in marketing. */
public record SavedSegment(long id, String name, String owner, boolean shared, SegmentFilter filter, Instant createdAt,
                           Instant updatedAt) {

    public boolean visibleTo(String username) {
        return shared || owner.equals(username);
    }
}
